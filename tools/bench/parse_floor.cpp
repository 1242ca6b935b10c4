// medlint_parse_floor DIR: reads every *.json under DIR and parses it into a
// RapidJSON DOM, nothing else: the floor under which no linter of these
// files can go (tools/bench/run).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "medlint/load/rapidjson.h"  // first: before any RapidJSON header

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: medlint_parse_floor DIR\n";
    return 2;
  }
  std::size_t files = 0, failed = 0, bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    rapidjson::Document doc;
    doc.Parse(text.data(), text.size());
    ++files;
    bytes += text.size();
    failed += doc.HasParseError() ? 1 : 0;
  }
  std::cout << files << " files, " << bytes << " bytes, " << failed << " not JSON\n";
  return 0;
}
