#include "pgast/protobuf_writer.h"

#include <cctype>
#include <map>
#include <mutex>
#include <stdexcept>

#include <pg_query/pg_query.pb-c.h>

namespace pgfleet::pgast {
namespace {

// JSON keys use json_name ("tableElts"), descriptors the proto name ("table_elts");
// both reduce to the same key once case and underscores are dropped.
std::string fold_name(const std::string& name) {
    std::string out;
    for (char c : name)
        if (c != '_') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

using FieldIndex = std::map<std::string, const ProtobufCFieldDescriptor*>;

const FieldIndex& fields_of(const ProtobufCMessageDescriptor* desc) {
    static std::mutex mutex;
    static std::map<const ProtobufCMessageDescriptor*, FieldIndex> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto [it, inserted] = cache.try_emplace(desc);
    if (inserted) {
        for (unsigned i = 0; i < desc->n_fields; ++i)
            it->second[fold_name(desc->fields[i].name)] = &desc->fields[i];
    }
    return it->second;
}

void put_varint(std::string& out, uint64_t v) {
    while (v >= 0x80) {
        out += static_cast<char>((v & 0x7F) | 0x80);
        v >>= 7;
    }
    out += static_cast<char>(v);
}

void put_tag(std::string& out, uint32_t field, uint32_t wire_type) {
    put_varint(out, (static_cast<uint64_t>(field) << 3) | wire_type);
}

void encode_message(const ProtobufCMessageDescriptor* desc, const nlohmann::json& obj,
                    std::string& out);

void encode_value(const ProtobufCFieldDescriptor* f, const nlohmann::json& v, std::string& out) {
    switch (f->type) {
        case PROTOBUF_C_TYPE_INT32:
        case PROTOBUF_C_TYPE_INT64:
            put_tag(out, f->id, 0);
            put_varint(out, static_cast<uint64_t>(v.get<int64_t>()));
            return;
        case PROTOBUF_C_TYPE_UINT32:
        case PROTOBUF_C_TYPE_UINT64:
            put_tag(out, f->id, 0);
            put_varint(out, v.get<uint64_t>());
            return;
        case PROTOBUF_C_TYPE_BOOL:
            put_tag(out, f->id, 0);
            put_varint(out, v.get<bool>() ? 1 : 0);
            return;
        case PROTOBUF_C_TYPE_ENUM: {
            auto* ed = static_cast<const ProtobufCEnumDescriptor*>(f->descriptor);
            int number = 0;
            if (v.is_string()) {
                auto* ev = protobuf_c_enum_descriptor_get_value_by_name(ed, v.get<std::string>().c_str());
                if (!ev) throw std::runtime_error("unknown enum value " + v.get<std::string>());
                number = ev->value;
            } else {
                number = v.get<int>();
            }
            put_tag(out, f->id, 0);
            put_varint(out, static_cast<uint64_t>(static_cast<int64_t>(number)));
            return;
        }
        case PROTOBUF_C_TYPE_STRING: {
            const std::string& s = v.get_ref<const std::string&>();
            put_tag(out, f->id, 2);
            put_varint(out, s.size());
            out += s;
            return;
        }
        case PROTOBUF_C_TYPE_MESSAGE: {
            std::string sub;
            encode_message(static_cast<const ProtobufCMessageDescriptor*>(f->descriptor), v, sub);
            put_tag(out, f->id, 2);
            put_varint(out, sub.size());
            out += sub;
            return;
        }
        default:
            throw std::runtime_error(std::string("unsupported protobuf field type for ") + f->name);
    }
}

void encode_message(const ProtobufCMessageDescriptor* desc, const nlohmann::json& obj,
                    std::string& out) {
    if (!obj.is_object()) throw std::runtime_error(std::string("expected object for ") + desc->name);
    const FieldIndex& fields = fields_of(desc);
    for (const auto& [key, value] : obj.items()) {
        auto it = fields.find(fold_name(key));
        if (it == fields.end())
            throw std::runtime_error("unknown field " + key + " in " + desc->name);
        const ProtobufCFieldDescriptor* f = it->second;
        if (f->label == PROTOBUF_C_LABEL_REPEATED) {
            for (const auto& item : value) encode_value(f, item, out);
        } else {
            encode_value(f, value, out);
        }
    }
}

}  // namespace

std::string encode_parse_result(const nlohmann::json& parse_result) {
    std::string out;
    encode_message(&pg_query__parse_result__descriptor, parse_result, out);
    return out;
}

}  // namespace pgfleet::pgast
