// Pretty JSON to a stream for the JSON-shaped outputs (the JSON report,
// SARIF, `medlint claims --format json`): strings always come out as valid
// UTF-8 (bytes that are not become U+FFFD), whatever the article or file
// name held.
#pragma once

#include "medlint/load/rapidjson.h"  // before any RapidJSON header
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <ostream>
#include <string_view>

#include "medlint/load/source_file.h"
#include "medlint/report/report_text.h"

namespace medlint::report {

class JsonOut {
 public:
  explicit JsonOut(std::ostream& out) : stream_(out), w_(stream_) { w_.SetIndent(' ', 2); }

  rapidjson::PrettyWriter<rapidjson::OStreamWrapper>& writer() { return w_; }
  void str(std::string_view s) {
    const std::string v = valid_utf8(s);
    w_.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
  }
  void key_str(const char* key, std::string_view s) {
    w_.Key(key);
    str(s);
  }
  void key_uint(const char* key, unsigned value) {
    w_.Key(key);
    w_.Uint(value);
  }
  void key_bool(const char* key, bool value) {
    w_.Key(key);
    w_.Bool(value);
  }
  // {"line": L, "column": C}
  void position(const Position& p) {
    w_.StartObject();
    w_.Key("line");
    w_.Uint(p.line);
    w_.Key("column");
    w_.Uint(p.column);
    w_.EndObject();
  }

 private:
  rapidjson::OStreamWrapper stream_;
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w_;
};

}  // namespace medlint::report
