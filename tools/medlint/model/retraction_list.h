// The Retraction Watch database as Crossref publishes it (CSV), loaded once
// per run and shared read-only: which DOIs and PMIDs were retracted, drew an
// expression of concern, were corrected or reinstated.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "medlint/base/date.h"
#include "medlint/base/result.h"

namespace medlint {

class RetractionList {
 public:
  enum class Nature { kRetraction, kExpressionOfConcern, kCorrection, kReinstatement, kOther };

  // What stands for a paper after all its notices, in date order (a later
  // Reinstatement undoes a Retraction).
  struct Status {
    Nature nature = Nature::kOther;
    std::optional<Date> date;  // of the notice that decides the status
    std::string record_id;     // Retraction Watch Record ID
    std::string reason;        // the Reason cell, trimmed, may be empty
  };

  // Parses the CSV text; an error ("line N: ...") when the header lacks the
  // needed columns or a quoted cell never ends. Bad rows are skipped, not fatal.
  static Result<RetractionList> parse(std::string_view csv);
  static Result<RetractionList> load_file(const std::filesystem::path& path);

  // `doi` as returned by normalize_doi(); `pmid` digits without leading zeros.
  std::optional<Status> by_doi(std::string_view doi) const;
  std::optional<Status> by_pmid(std::string_view pmid) const;
  std::size_t size() const { return notices_.size(); }

  struct Notice {
    Nature nature = Nature::kOther;
    std::optional<Date> date;
    std::string record_id;
    std::string reason;
  };

 private:
  std::vector<Notice> notices_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_doi_;   // -> notices_
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_pmid_;  // -> notices_
  std::optional<Status> decide(const std::vector<std::uint32_t>& notices) const;
};

}  // namespace medlint
