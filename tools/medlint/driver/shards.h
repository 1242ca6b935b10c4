// Shards: when a corpus outgrows one machine, CI's own engine (a matrix, an
// Indexed Job, GNU parallel) runs `check --shard K/N` on N machines, each on
// a stable share of the articles, and `medlint merge` puts their JSON reports
// back together into the report of an unsharded run: the same findings and
// totals, ART002 across shards included (each shard's report carries the
// ids its articles hold, and merge compares them all).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "medlint/base/result.h"
#include "medlint/engine/file_outcome.h"
#include "medlint/engine/inputs.h"
#include "medlint/engine/outcome_codec.h"
#include "medlint/engine/schema_set.h"
#include "medlint/report/reporters.h"

namespace medlint {

struct Shard {
  unsigned index = 0;  // K, from 0 (Kubernetes' $JOB_COMPLETION_INDEX, GitHub's strategy.job-index)
  unsigned count = 1;  // N
};

// "K/N" with 0 <= K < N <= 1024.
Result<Shard> parse_shard(std::string_view value);

// Whether the article at `display` is in `shard`: its path's FNV-1a hash
// modulo N, the same on every machine, in every run.
bool in_shard(std::string_view display, const Shard& shard);

// Keeps the articles of `shard`. Registry files stay in every shard (each
// shard checks the registries its articles use; merge keeps one copy).
void keep_shard(std::vector<FileInput>& files, const Shard& shard);

// A shard's JSON report, read back.
struct ShardReport {
  std::string source;   // the file it was read from
  std::string version;  // of the medlint that wrote it
  std::string today;
  ShardInfo info;
  std::vector<std::string> files;   // checked or unread, sorted
  std::vector<std::string> unread;  // could not be read
  std::vector<std::string> errors;  // why the shard exited 2
  std::vector<Finding> findings;
  std::vector<Suppression> suppressions;
  std::vector<CorpusNote> notes;
};

// Reads the report `check --shard K/N --format json` wrote: it must be valid
// against schemas/medlint-output.schema.json and carry its "shard" member.
// A note's rule comes from `rule_of`.
Result<ShardReport> read_shard_report(const std::filesystem::path& file, const SchemaSet& schemas,
                                      const RuleByCode& rule_of);
// The same, on bytes already read (`source` names them in messages).
Result<ShardReport> parse_shard_report(const std::string& source, std::string_view bytes, const SchemaSet& schemas,
                                       const RuleByCode& rule_of);

struct MergedShards {
  std::vector<FileOutcome> outcomes;  // one per file, corpus findings left out
  std::vector<std::string> errors;    // every shard's, each once, sorted
  std::string version;
  std::string today;
  ShardInfo info;  // of the run (index 0)
};

// Checks that `reports` are the N shards of one run (each index once, the
// same N, medlint version, today, config digest, paths and --changed-since),
// then gives each file its outcome from the first shard that checked it.
// The corpus findings are left out: the linter finds them again over the
// notes of every shard (Linter::finish).
Result<MergedShards> merge_shard_reports(std::vector<ShardReport> reports);

}  // namespace medlint
