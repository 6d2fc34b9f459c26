#include "pgast/protobuf_reader.h"

#include <cstring>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>

#include <pg_query/pg_query.pb-c.h>

namespace pgfleet::pgast {
namespace {

struct JsonName {
    const char* message;
    uint32_t field;
    const char* name;
};

constexpr JsonName kJsonNames[] = {
#include "pg_query_json_names.inc"
};

// (message short name, field number) -> JSON key; the proto field name when none is declared.
const char* json_key(const ProtobufCMessageDescriptor* desc, const ProtobufCFieldDescriptor* field) {
    static std::once_flag once;
    static std::map<std::pair<std::string, uint32_t>, const char*>* names;
    std::call_once(once, [] {
        names = new std::map<std::pair<std::string, uint32_t>, const char*>;
        for (const auto& n : kJsonNames) (*names)[{n.message, n.field}] = n.name;
    });
    auto it = names->find({desc->short_name, field->id});
    return it == names->end() ? field->name : it->second;
}

// Every later stage walks trees recursively; a bound here keeps the stack bounded for all of them.
// An expression level is two messages (a Node and its body).
constexpr int kMaxNesting = 2 * kMaxExpressionDepth + 16;

class Reader {
public:
    Reader(const uint8_t* p, const uint8_t* end) : p_(p), end_(end) {}
    bool done() const { return p_ >= end_; }

    uint64_t varint() {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (p_ >= end_) throw std::runtime_error("truncated protobuf varint");
            uint8_t b = *p_++;
            v |= static_cast<uint64_t>(b & 0x7F) << shift;
            if (!(b & 0x80)) return v;
        }
        throw std::runtime_error("bad protobuf varint");
    }

    std::pair<const uint8_t*, size_t> bytes() {
        size_t n = varint();
        if (static_cast<size_t>(end_ - p_) < n) throw std::runtime_error("truncated protobuf field");
        const uint8_t* start = p_;
        p_ += n;
        return {start, n};
    }

    void skip(uint32_t wire_type) {
        switch (wire_type) {
            case 0: varint(); return;
            case 1: p_ += 8; return;
            case 2: bytes(); return;
            case 5: p_ += 4; return;
            default: throw std::runtime_error("unsupported protobuf wire type");
        }
    }

private:
    const uint8_t* p_;
    const uint8_t* end_;
};

nlohmann::json decode_message(const ProtobufCMessageDescriptor* desc, const uint8_t* data, size_t size, int depth);

nlohmann::json scalar(const ProtobufCFieldDescriptor* f, uint64_t raw) {
    switch (f->type) {
        case PROTOBUF_C_TYPE_INT32: return static_cast<int32_t>(raw);
        case PROTOBUF_C_TYPE_INT64: return static_cast<int64_t>(raw);
        case PROTOBUF_C_TYPE_UINT32: return static_cast<uint32_t>(raw);
        case PROTOBUF_C_TYPE_UINT64: return raw;
        case PROTOBUF_C_TYPE_BOOL: return raw != 0;
        case PROTOBUF_C_TYPE_ENUM: {
            auto* ed = static_cast<const ProtobufCEnumDescriptor*>(f->descriptor);
            auto* v = protobuf_c_enum_descriptor_get_value(ed, static_cast<int>(raw));
            if (!v) throw std::runtime_error("unknown enum value in protobuf");
            return v->name;
        }
        default: throw std::runtime_error(std::string("unsupported protobuf field type for ") + f->name);
    }
}

nlohmann::json decode_message(const ProtobufCMessageDescriptor* desc, const uint8_t* data, size_t size, int depth) {
    if (depth > kMaxNesting) throw TooDeep();
    nlohmann::json obj = nlohmann::json::object();
    Reader r(data, data + size);
    while (!r.done()) {
        uint64_t tag = r.varint();
        auto id = static_cast<unsigned>(tag >> 3);
        auto wire = static_cast<uint32_t>(tag & 7);
        const ProtobufCFieldDescriptor* f = protobuf_c_message_descriptor_get_field(desc, id);
        if (!f) {
            r.skip(wire);
            continue;
        }
        bool repeated = f->label == PROTOBUF_C_LABEL_REPEATED;
        nlohmann::json& slot = obj[json_key(desc, f)];
        auto put = [&](nlohmann::json v) {
            if (repeated) {
                if (slot.is_null()) slot = nlohmann::json::array();
                slot.push_back(std::move(v));
            } else {
                slot = std::move(v);
            }
        };
        if (f->type == PROTOBUF_C_TYPE_MESSAGE) {
            auto [p, n] = r.bytes();
            put(decode_message(static_cast<const ProtobufCMessageDescriptor*>(f->descriptor), p, n, depth + 1));
        } else if (f->type == PROTOBUF_C_TYPE_STRING) {
            auto [p, n] = r.bytes();
            put(std::string(reinterpret_cast<const char*>(p), n));
        } else if (wire == 2) {
            // Packed repeated scalars.
            auto [p, n] = r.bytes();
            Reader packed(p, p + n);
            while (!packed.done()) put(scalar(f, packed.varint()));
        } else if (wire == 0) {
            put(scalar(f, r.varint()));
        } else {
            throw std::runtime_error(std::string("unsupported protobuf encoding for ") + f->name);
        }
    }
    return obj;
}

}  // namespace

nlohmann::json decode_parse_result(const uint8_t* data, size_t size) {
    return decode_message(&pg_query__parse_result__descriptor, data, size, 0);
}

}  // namespace pgfleet::pgast
