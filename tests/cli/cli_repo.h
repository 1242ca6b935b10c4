// A content repository in a temporary folder and the real medlint binary
// run in it, as CI and board members run it: the CLI tests of hostile input
// (hardening_test.cpp) and of `medlint review` share it.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "files.h"
#include "sample.h"

namespace medlint::testing {

namespace fs = std::filesystem;

inline std::string binary() {
  const char* other = std::getenv("MEDLINT_TEST_BINARY");
  return other && *other ? other : MEDLINT_BINARY;
}

struct Outcome {
  int code = -1;  // 124: killed by the time limit
  std::string out, err;
};

struct RunOptions {
  int seconds = 60;
  bool as_nobody = false;  // drop root, so that mode 000 means something
  std::string stdin_from = "/dev/null";
  std::string stdout_to;  // instead of capturing (e.g. /dev/full)
  // > 0: medlint may write no file larger than this (RLIMIT_FSIZE, with
  // SIGXFSZ ignored): a write fails with EFBIG as on a full disk.
  int max_file_bytes = 0;
};
inline RunOptions within(int seconds) {
  RunOptions o;
  o.seconds = seconds;
  return o;
}
inline RunOptions as_nobody() {
  RunOptions o;
  o.as_nobody = true;
  return o;
}
inline RunOptions stdin_from(const std::string& path) {
  RunOptions o;
  o.stdin_from = path;
  return o;
}
inline RunOptions stdout_to(const std::string& path) {
  RunOptions o;
  o.stdout_to = path;
  return o;
}

// A content repository in a temporary folder: registry, articles, config.
class Repo {
 public:
  Repo() {
    write("content/registry/people.json", read_text(fs::path(MEDLINT_SOURCE_DIR) / "tests/data/registry/people.json"));
    write("content/registry/disclaimers.json",
          read_text(fs::path(MEDLINT_SOURCE_DIR) / "tests/data/registry/disclaimers.json"));
  }
  const fs::path& root() const { return temp_.path(); }
  fs::path path(const std::string& rel) const { return root() / rel; }
  void write(const std::string& rel, const std::string& text) const {
    fs::create_directories(path(rel).parent_path());
    std::ofstream(path(rel), std::ios::binary | std::ios::trunc) << text;
  }
  // A clean article named after its id (sample.h).
  void article(const std::string& id, const std::string& folder = "content/articles") const {
    write(folder + "/" + id + ".json", clean_article(id));
  }
  static std::string clean_article(const std::string& id) { return article_json(ArticleSpec(id)); }

  Outcome medlint(const std::string& args, const RunOptions& o = {}) const {
    const fs::path out = root() / ".run.out";
    const fs::path err = root() / ".run.err";
    std::string wrap;
    if (o.as_nobody && ::getuid() == 0) wrap = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    if (o.max_file_bytes > 0) wrap += "prlimit --fsize=" + std::to_string(o.max_file_bytes) + " ";
    const std::string cmd = std::string(o.max_file_bytes > 0 ? "trap '' XFSZ; " : "") + "cd '" + root().string() +
                            "' && NO_COLOR=1 timeout -k 5 " + std::to_string(o.seconds) + " " + wrap + "'" + binary() +
                            "' " + args + " >'" + (o.stdout_to.empty() ? out.string() : o.stdout_to) + "' 2>'" +
                            err.string() + "' <" + o.stdin_from;
    const int status = std::system(cmd.c_str());
    Outcome r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = o.stdout_to.empty() ? read_text(out) : "";
    r.err = read_text(err);
    fs::remove(out);
    fs::remove(err);
    return r;
  }

 private:
  medlint::testing::TempDir temp_;
};

inline std::string show(const Outcome& r) {
  return "exit " + std::to_string(r.code) + "\n--- stdout\n" + r.out + "--- stderr\n" + r.err;
}

inline bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace medlint::testing
