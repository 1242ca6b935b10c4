// Placeholder until the CSV loader lands (issue 3, CIT009).
#include "retraction_list.h"

namespace medlint {

std::optional<RetractionList> RetractionList::parse(std::string_view, std::string& error) {
  error = "the retraction list loader is not implemented yet";
  return std::nullopt;
}

std::optional<RetractionList> RetractionList::load_file(const std::filesystem::path& path, std::string& error) {
  return parse(path.string(), error);
}

std::optional<RetractionList::Status> RetractionList::by_doi(std::string_view) const { return std::nullopt; }
std::optional<RetractionList::Status> RetractionList::by_pmid(std::string_view) const { return std::nullopt; }
std::optional<RetractionList::Status> RetractionList::decide(const std::vector<std::uint32_t>&) const {
  return std::nullopt;
}

}  // namespace medlint
