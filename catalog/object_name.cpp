#include "catalog/object_name.h"

namespace pgfleet {

size_t identifier_prefix(const std::string& s, size_t limit) {
    if (s.size() <= limit) return s.size();
    size_t n = limit;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return n;
}

std::string truncate_identifier(const std::string& name) {
    return name.substr(0, identifier_prefix(name, kMaxIdentifierBytes));
}

std::string make_object_name(const std::string& name1, const std::string& name2, const std::string& label) {
    size_t overhead = 0;
    size_t name1chars = name1.size();
    size_t name2chars = name2.size();
    if (!name2.empty()) ++overhead;
    if (!label.empty()) overhead += label.size() + 1;
    size_t avail = kMaxIdentifierBytes - overhead;
    while (name1chars + name2chars > avail) {
        if (name1chars > name2chars) --name1chars;
        else --name2chars;
    }
    name1chars = identifier_prefix(name1, name1chars);
    name2chars = identifier_prefix(name2, name2chars);
    std::string out = name1.substr(0, name1chars);
    if (!name2.empty()) out += "_" + name2.substr(0, name2chars);
    if (!label.empty()) out += "_" + label;
    return out;
}

}  // namespace pgfleet
