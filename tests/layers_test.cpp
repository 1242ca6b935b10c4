// The library's layers, lowest first: a file may include its own layer and
// those below it, never one above (tools/medlint/README.md says what each
// holds). Every source lives in a layer folder.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace medlint {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kLayers = {"base", "load", "model", "engine", "rules", "report", "audit", "driver"};

int rank_of(const std::string& layer) {
  const auto it = std::find(kLayers.begin(), kLayers.end(), layer);
  return it == kLayers.end() ? -1 : static_cast<int>(it - kLayers.begin());
}

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const fs::path kLibrary = fs::path(MEDLINT_SOURCE_DIR) / "tools/medlint";

TEST(Layers, NoLayerIncludesOneAboveIt) {
  const std::regex include(R"re(#include\s+"([^"]+)")re");
  std::size_t checked = 0;
  for (const std::string& layer : kLayers) {
    for (const auto& entry : fs::directory_iterator(kLibrary / layer)) {
      const std::string ext = entry.path().extension().string();
      if (ext != ".h" && ext != ".cpp") continue;
      ++checked;
      const std::string text = read(entry.path());
      for (std::sregex_iterator it(text.begin(), text.end(), include), end; it != end; ++it) {
        const std::string target = (*it)[1];
        const std::string where = layer + "/" + entry.path().filename().string();
        ASSERT_TRUE(target.starts_with("medlint/"))
            << where << " includes \"" << target << "\": include library headers as \"medlint/<layer>/<file>\"";
        const std::string target_layer = target.substr(8, target.find('/', 8) - 8);
        EXPECT_NE(rank_of(target_layer), -1) << where << " includes \"" << target << "\", in no layer";
        EXPECT_LE(rank_of(target_layer), rank_of(layer))
            << where << " (layer " << layer << ") includes \"" << target << "\" from the layer above, " << target_layer;
      }
    }
  }
  EXPECT_GT(checked, 100u);
}

TEST(Layers, EverySourceIsInALayerFolder) {
  for (const auto& entry : fs::directory_iterator(kLibrary)) {
    if (entry.is_directory()) {
      const std::string name = entry.path().filename().string();
      EXPECT_TRUE(rank_of(name) >= 0 || name == "data") << "tools/medlint/" << name << " is not a layer";
      continue;
    }
    const std::string ext = entry.path().extension().string();
    EXPECT_TRUE(ext != ".h" && ext != ".cpp") << entry.path().filename() << " lies outside the layer folders";
  }
}

}  // namespace
}  // namespace medlint
