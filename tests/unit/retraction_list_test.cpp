// The Retraction Watch CSV loader: RFC 4180 quirks, the real file's oddities,
// and the rule that decides a paper's status from its notices. Also CIT009
// end to end (severities). All data is synthetic: 10.5555/ is the test DOI
// prefix, PMIDs from 99000001 are above any PubMed has issued.
#include "medlint/model/retraction_list.h"

#include <gtest/gtest.h>

#include <random>

#include "medlint/engine/linter.h"
#include "medlint/rules/rules.h"

namespace medlint {
namespace {

using Nature = RetractionList::Nature;

// The columns the loader reads, in an order unlike the real file's.
constexpr std::string_view kHeader =
    "Record ID,RetractionNature,OriginalPaperDOI,OriginalPaperPubMedID,RetractionDate,Reason\n";

RetractionList parse_ok(std::string_view csv) {
  auto list = RetractionList::parse(csv);
  EXPECT_TRUE(list) << list.error().message;
  return list ? std::move(*list) : RetractionList{};
}

// Why `csv` is refused; a test failure when it loads.
std::string refusal(std::string_view csv) {
  const auto list = RetractionList::parse(csv);
  if (list) {
    ADD_FAILURE() << "loaded";
    return "(loaded)";
  }
  return list.error().message;
}

RetractionList rows(std::string_view body) { return parse_ok(std::string(kHeader) + std::string(body)); }

TEST(RetractionList, FindsColumnsByNameInAnyOrder) {
  const auto list = rows("900001,Retraction,10.5555/rw-a,99000001,8/16/2023 0:00,+Synthetic reason;\n");
  ASSERT_EQ(list.size(), 1u);
  const auto s = list.by_doi("10.5555/rw-a");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->nature, Nature::kRetraction);
  EXPECT_EQ(s->date, (Date{2023, 8, 16}));
  EXPECT_EQ(s->record_id, "900001");
  EXPECT_EQ(s->reason, "Synthetic reason");
  EXPECT_TRUE(list.by_pmid("99000001"));
  EXPECT_FALSE(list.by_doi("10.5555/rw-b"));
  EXPECT_FALSE(list.by_pmid("99000002"));
}

TEST(RetractionList, RealHeaderWithTrailingCommaAndBom) {
  const std::string csv =
      "\xEF\xBB\xBFRecord ID,Title,Subject,Institution,Journal,Publisher,Country,Author,URLS,ArticleType,"
      "RetractionDate,RetractionDOI,RetractionPubMedID,OriginalPaperDate,OriginalPaperDOI,OriginalPaperPubMedID,"
      "RetractionNature,Reason,Paywalled,Notes,\n"
      "900001,SYNTHETIC TEST RECORD,(SYN) Test;,Nowhere,Journal of Tests,Test,Nowhere,Test Author,,Research Article;,"
      "8/16/2023 0:00,10.5555/rw-notice,0,1/1/2020 0:00,10.5555/rw-a,99000001,Retraction,+A;+B;,No,\n";
  const auto list = parse_ok(csv);
  const auto s = list.by_doi("10.5555/rw-a");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->record_id, "900001");  // the BOM is not part of "Record ID"
  EXPECT_EQ(s->reason, "A; B");
  EXPECT_EQ(s->date, (Date{2023, 8, 16}));
  EXPECT_FALSE(list.by_doi("10.5555/rw-notice"));  // the notice's own DOI is not the paper
}

TEST(RetractionList, MissingColumnsAreAnError) {
  EXPECT_EQ(refusal("Record ID,OriginalPaperDOI,Reason\n1,10.5555/x,\n"),
            "line 1: the header lacks the column(s) OriginalPaperPubMedID, RetractionNature (expected the "
            "Retraction Watch CSV as Crossref publishes it)");
  const std::string error = refusal("");
  EXPECT_NE(error.find("OriginalPaperDOI, OriginalPaperPubMedID, RetractionNature"), std::string::npos) << error;
}

TEST(RetractionList, OptionalColumnsMayBeAbsent) {
  const auto list =
      parse_ok("OriginalPaperPubMedID,RetractionNature,OriginalPaperDOI\r\n0,Retraction,10.5555/rw-a\r\n");
  const auto s = list.by_doi("10.5555/rw-a");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->nature, Nature::kRetraction);
  EXPECT_FALSE(s->date);
  EXPECT_EQ(s->record_id, "");
  EXPECT_EQ(s->reason, "");
}

TEST(RetractionList, HeaderNamesIgnoreCaseAndSpaces) {
  const auto list =
      parse_ok(" originalpaperdoi , Original Paper PubMed ID,retraction_nature\n10.5555/rw-a,0,retraction\n");
  EXPECT_TRUE(list.by_doi("10.5555/rw-a"));
}

TEST(RetractionList, QuotedCellsWithCommasQuotesAndLineBreaks) {
  const auto list = rows(
      "\"900001\",\"Retraction\",\"10.5555/rw-a\",\"0\",\"8/16/2023 0:00\",\"+Data, and \"\"more\"\";+Second\nline;\"\n"
      "900002,Retraction,10.5555/rw-b,0,,\n");
  ASSERT_EQ(list.size(), 2u);
  const auto a = list.by_doi("10.5555/rw-a");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->reason, "Data, and \"more\"; Second line");
  EXPECT_EQ(a->record_id, "900001");
  const auto b = list.by_doi("10.5555/rw-b");  // the row after the multi-line cell
  ASSERT_TRUE(b);
  EXPECT_EQ(b->record_id, "900002");
}

TEST(RetractionList, CrlfAndLoneCrLineEnds) {
  const auto list = parse_ok(
      "Record ID,RetractionNature,OriginalPaperDOI,OriginalPaperPubMedID\r\n"
      "1,Retraction,10.5555/rw-a,0\r\n"
      "2,Correction,\"10.5555/rw-b\"\r\n"
      "3,Retraction,10.5555/rw-c,0\r"
      "4,Retraction,10.5555/rw-d,0");  // no final line end
  EXPECT_EQ(list.size(), 4u);
  ASSERT_TRUE(list.by_doi("10.5555/rw-a"));
  EXPECT_EQ(list.by_doi("10.5555/rw-a")->record_id, "1");
  ASSERT_TRUE(list.by_doi("10.5555/rw-b"));
  EXPECT_EQ(list.by_doi("10.5555/rw-b")->nature, Nature::kCorrection);
  EXPECT_EQ(list.by_doi("10.5555/rw-c")->record_id, "3");
  EXPECT_EQ(list.by_doi("10.5555/rw-d")->record_id, "4");
}

TEST(RetractionList, InvalidUtf8IsRepairedAndLoadingGoesOn) {
  const auto list = rows(
      "9\xff"
      "01,Retraction,10.5555/rw-a,0,1/2/2023 0:00,+Caf\xe9 data;+Fine;\n"
      "900002,Retraction,10.5555/rw-\xc3(,0,,\n"
      "900003,Retraction,10.5555/rw-c,0,,\n");
  const auto a = list.by_doi("10.5555/rw-a");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->record_id,
            "9\xEF\xBF\xBD"
            "01");
  EXPECT_EQ(a->reason, "Caf\xEF\xBF\xBD data; Fine");
  EXPECT_TRUE(list.by_doi("10.5555/rw-\xc3("));  // the key is kept byte for byte
  EXPECT_TRUE(list.by_doi("10.5555/rw-c"));
}

TEST(RetractionList, DateFormats) {
  const auto list = rows(
      "1,Retraction,10.5555/rw-1,0,8/16/2023 0:00,\n"
      "2,Retraction,10.5555/rw-2,0,12/1/2025,\n"
      "3,Retraction,10.5555/rw-3,0,2024-02-29,\n"
      "4,Retraction,10.5555/rw-4,0,2024-02-29 13:45:00,\n"
      "5,Retraction,10.5555/rw-5,0,2/30/2023 0:00,\n"  // no such day
      "6,Retraction,10.5555/rw-6,0,16/8/2023 0:00,\n"  // day/month: month 16
      "7,Retraction,10.5555/rw-7,0,August 2023,\n"
      "8,Retraction,10.5555/rw-8,0,  3/4/2021 10:00  ,\n");
  EXPECT_EQ(list.by_doi("10.5555/rw-1")->date, (Date{2023, 8, 16}));
  EXPECT_EQ(list.by_doi("10.5555/rw-2")->date, (Date{2025, 12, 1}));
  EXPECT_EQ(list.by_doi("10.5555/rw-3")->date, (Date{2024, 2, 29}));
  EXPECT_EQ(list.by_doi("10.5555/rw-4")->date, (Date{2024, 2, 29}));
  EXPECT_FALSE(list.by_doi("10.5555/rw-5")->date);
  EXPECT_FALSE(list.by_doi("10.5555/rw-6")->date);
  EXPECT_FALSE(list.by_doi("10.5555/rw-7")->date);
  EXPECT_EQ(list.by_doi("10.5555/rw-8")->date, (Date{2021, 3, 4}));
}

TEST(RetractionList, DoisAreNormalisedAndPlaceholdersSkipped) {
  const auto list = rows(
      "1,Retraction,https://doi.org/10.5555/RW-Upper,0,,\n"
      "2,Retraction,unavailable,0,,\n"
      "3,Retraction,Unavailable,99000003,,\n"
      "4,Retraction,,0,,\n"
      "5,Retraction, doi:10.5555/rw-5 ; 10.5555/rw-5b ,0,,\n");
  EXPECT_EQ(list.size(), 3u);  // rows 2 and 4 have nothing to match
  EXPECT_TRUE(list.by_doi("10.5555/rw-upper"));
  EXPECT_FALSE(list.by_doi("unavailable"));
  EXPECT_FALSE(list.by_doi(""));
  EXPECT_TRUE(list.by_pmid("99000003"));
  EXPECT_TRUE(list.by_doi("10.5555/rw-5"));
  EXPECT_TRUE(list.by_doi("10.5555/rw-5b"));
}

TEST(RetractionList, PmidZeroIsNoneAndLeadingZerosDrop) {
  const auto list = rows(
      "1,Retraction,,0,,\n"
      "2,Retraction,,00099000002,,\n"
      "3,Retraction,,99000003;99000004,,\n"
      "4,Retraction,,n/a,,\n");
  EXPECT_EQ(list.size(), 2u);
  EXPECT_FALSE(list.by_pmid("0"));
  EXPECT_FALSE(list.by_pmid(""));
  EXPECT_TRUE(list.by_pmid("99000002"));
  EXPECT_TRUE(list.by_pmid("99000003"));
  EXPECT_TRUE(list.by_pmid("99000004"));
}

TEST(RetractionList, NaturesCompareTrimmedAndCaseInsensitively) {
  const auto list = rows(
      "1, retraction ,10.5555/rw-1,0,,\n"
      "2,EXPRESSION OF CONCERN,10.5555/rw-2,0,,\n"
      "3,Correction,10.5555/rw-3,0,,\n"
      "4,Reinstatement,10.5555/rw-4,0,,\n"
      "5,Retraction and Republication,10.5555/rw-5,0,,\n");
  EXPECT_EQ(list.by_doi("10.5555/rw-1")->nature, Nature::kRetraction);
  EXPECT_EQ(list.by_doi("10.5555/rw-2")->nature, Nature::kExpressionOfConcern);
  EXPECT_EQ(list.by_doi("10.5555/rw-3")->nature, Nature::kCorrection);
  EXPECT_EQ(list.by_doi("10.5555/rw-4")->nature, Nature::kReinstatement);
  EXPECT_EQ(list.by_doi("10.5555/rw-5")->nature, Nature::kOther);
}

TEST(RetractionList, MalformedRowsDoNotStopTheLoad) {
  const auto list = rows(
      "1,Retraction\n"                                // short row: no DOI cell
      "2,Retraction,10.5555/rw-2,0,,,extra,cells,\n"  // long row
      "\n"                                            // blank line
      "3,Retraction,\"10.5555/rw-3\"junk,0,,\n");     // text after a closing quote
  EXPECT_TRUE(list.by_doi("10.5555/rw-2"));
  EXPECT_TRUE(list.by_doi("10.5555/rw-3junk"));
}

// A quote that is never closed would swallow every later row: a retracted
// DOI after it would pass. The load fails and says where.
TEST(RetractionList, AnUnterminatedQuoteIsAnErrorWithItsLine) {
  const std::string csv = std::string(kHeader) + "1,Retraction,10.5555/rw-1,0,,\n" +
                          "2,Retraction,10.5555/rw-2,0,,\"a note that never ends\n" + "3,Retraction,10.5555/rw-3,0,,\n";
  EXPECT_EQ(refusal(csv), "line 3: a quoted cell is never closed, so every row after it would be lost");
}

// A stray quote closed far below swallows the rows in between just as well.
TEST(RetractionList, AQuotedCellOverManyLinesIsAnError) {
  std::string csv = std::string(kHeader) + "1,Retraction,10.5555/rw-1,0,,\"stray\n";
  for (int i = 0; i < 150; ++i)
    csv += std::to_string(100 + i) + ",Retraction,10.5555/rw-" + std::to_string(i) + ",0,,\n";
  csv += "999,Retraction,10.5555/rw-x,0,,\"\n";
  const std::string error = refusal(csv);
  EXPECT_NE(error.find("line 2: a quoted cell runs over more than 100 lines (to line 153)"), std::string::npos)
      << error;
  // A note broken over a few lines is fine.
  EXPECT_TRUE(parse_ok(std::string(kHeader) + "1,Retraction,10.5555/rw-1,0,\"a\nb\nc\",\n").by_doi("10.5555/rw-1"));
}

// Control characters in a cell never reach a message.
TEST(RetractionList, ControlCharactersInCellsBecomeSpaces) {
  const auto list = rows("1,Retraction,10.5555/rw-1,0,,\"Fake\x1b[2J\x07 data\"\n");
  EXPECT_EQ(list.by_doi("10.5555/rw-1")->reason, "Fake [2J  data");
}

TEST(RetractionList, RandomBytesNeverCrash) {
  std::mt19937 rng(20261124);
  const std::string alphabet = "\",;\r\n 0123/:-.aRe\xff\xc3\xa9";
  for (int round = 0; round < 2000; ++round) {
    std::string csv(kHeader);
    const int len = static_cast<int>(rng() % 200);
    for (int i = 0; i < len; ++i) csv.push_back(alphabet[rng() % alphabet.size()]);
    const auto list = RetractionList::parse(csv);
    // Loaded, or refused with the line where it went wrong; never a crash.
    if (!list) {
      ASSERT_TRUE(list.error().message.starts_with("line ")) << list.error().message;
    }
    if (list) (void)list->by_doi("10.5555/x");
  }
}

// decide(): the status from all of a paper's notices.
TEST(RetractionList, LaterReinstatementUndoesRetraction) {
  const auto list = rows(
      "2,Reinstatement,10.5555/rw-a,0,6/30/2023 0:00,\n"
      "1,Retraction,10.5555/rw-a,0,1/10/2022 0:00,\n");
  const auto s = list.by_doi("10.5555/rw-a");
  EXPECT_EQ(s->nature, Nature::kReinstatement);
  EXPECT_EQ(s->record_id, "2");
  EXPECT_EQ(s->date, (Date{2023, 6, 30}));
}

TEST(RetractionList, RetractionAfterReinstatementStands) {
  const auto list = rows(
      "1,Reinstatement,10.5555/rw-a,0,1/10/2022 0:00,\n"
      "2,Retraction,10.5555/rw-a,0,6/30/2023 0:00,\n");
  EXPECT_EQ(list.by_doi("10.5555/rw-a")->nature, Nature::kRetraction);
}

TEST(RetractionList, CorrectionDoesNotUndoRetractionOrConcern) {
  const auto list = rows(
      "1,Retraction,10.5555/rw-a,0,5/5/2022 0:00,+Reason A;\n"
      "2,Correction,10.5555/rw-a,0,7/7/2023 0:00,+Reason B;\n"
      "3,Expression of concern,10.5555/rw-b,0,5/5/2022 0:00,\n"
      "4,Correction,10.5555/rw-b,0,7/7/2023 0:00,\n"
      "5,Retraction and Republication,10.5555/rw-b,0,8/8/2023 0:00,\n"
      "6,Correction,10.5555/rw-c,0,7/7/2023 0:00,\n");
  const auto a = list.by_doi("10.5555/rw-a");
  EXPECT_EQ(a->nature, Nature::kRetraction);
  EXPECT_EQ(a->record_id, "1");  // the notice that decided
  EXPECT_EQ(a->reason, "Reason A");
  EXPECT_EQ(a->date, (Date{2022, 5, 5}));
  EXPECT_EQ(list.by_doi("10.5555/rw-b")->nature, Nature::kExpressionOfConcern);
  EXPECT_EQ(list.by_doi("10.5555/rw-c")->nature, Nature::kCorrection);
}

TEST(RetractionList, ConcernThenRetractionIsRetracted) {
  const auto list = rows(
      "1,Retraction,10.5555/rw-a,0,9/9/2022 0:00,\n"
      "2,Expression of concern,10.5555/rw-a,0,2/2/2021 0:00,\n"
      // A concern raised after a retraction does not lift it.
      "3,Retraction,10.5555/rw-b,0,2/2/2021 0:00,\n"
      "4,Expression of concern,10.5555/rw-b,0,9/9/2022 0:00,\n"
      // A reinstatement after a concern clears it.
      "5,Expression of concern,10.5555/rw-c,0,2/2/2021 0:00,\n"
      "6,Reinstatement,10.5555/rw-c,0,9/9/2022 0:00,\n");
  EXPECT_EQ(list.by_doi("10.5555/rw-a")->record_id, "1");
  EXPECT_EQ(list.by_doi("10.5555/rw-b")->record_id, "3");
  EXPECT_EQ(list.by_doi("10.5555/rw-c")->nature, Nature::kReinstatement);
}

TEST(RetractionList, UndatedNoticesCountAsLatestInFileOrder) {
  const auto list = rows(
      "1,Reinstatement,10.5555/rw-a,0,,\n"
      "2,Retraction,10.5555/rw-a,0,1/1/2024 0:00,\n"
      "3,Retraction,10.5555/rw-b,0,,\n"
      "4,Reinstatement,10.5555/rw-b,0,not a date,\n"
      "5,Reinstatement,10.5555/rw-c,0,1/1/2024 0:00,\n"
      "6,Retraction,10.5555/rw-c,0,1/1/2024 0:00,\n");  // same day: file order
  EXPECT_EQ(list.by_doi("10.5555/rw-a")->nature, Nature::kReinstatement);
  EXPECT_FALSE(list.by_doi("10.5555/rw-a")->date);
  EXPECT_EQ(list.by_doi("10.5555/rw-b")->nature, Nature::kReinstatement);
  EXPECT_EQ(list.by_doi("10.5555/rw-b")->record_id, "4");
  EXPECT_EQ(list.by_doi("10.5555/rw-c")->nature, Nature::kRetraction);
}

TEST(RetractionList, DoiAndPmidOfOneRowIndexTheSameNotice) {
  const auto list = rows("1,Retraction,10.5555/rw-a,99000001,,\n2,Reinstatement,,99000001,,\n");
  EXPECT_EQ(list.by_doi("10.5555/rw-a")->nature, Nature::kRetraction);
  EXPECT_EQ(list.by_pmid("99000001")->nature, Nature::kReinstatement);
}

TEST(RetractionList, LoadsTheSyntheticTestFile) {
  const auto list = RetractionList::load_file(MEDLINT_SOURCE_DIR "/tests/data/retraction-watch-synthetic.csv");
  ASSERT_TRUE(list) << list.error().message;
  EXPECT_EQ(list->size(), 12u);  // 13 rows, one without DOI or PMID
  const auto expect = [&](std::string_view doi, Nature nature, std::string_view record) {
    SCOPED_TRACE(std::string(doi));
    const auto s = list->by_doi(doi);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->nature, nature);
    EXPECT_EQ(s->record_id, record);
  };
  expect("10.5555/medlint-rw-0001", Nature::kRetraction, "900001");
  expect("10.5555/medlint-rw-0002", Nature::kExpressionOfConcern, "900002");
  expect("10.5555/medlint-rw-0003", Nature::kCorrection, "900003");
  expect("10.5555/medlint-rw-0004", Nature::kReinstatement, "900005");
  expect("10.5555/medlint-rw-0005", Nature::kRetraction, "900007");
  expect("10.5555/medlint-rw-0006", Nature::kRetraction, "900008");
  expect("10.5555/medlint-rw-0008", Nature::kRetraction, "900012");
  expect("10.5555/medlint-rw-0009", Nature::kExpressionOfConcern, "900013");
  EXPECT_EQ(list->by_doi("10.5555/medlint-rw-0001")->reason, "Synthetic reason A; Synthetic reason B");
  EXPECT_EQ(list->by_doi("10.5555/medlint-rw-0009")->date, (Date{2025, 2, 3}));
  ASSERT_TRUE(list->by_pmid("99000007"));
  EXPECT_EQ(list->by_pmid("99000007")->record_id, "900010");
  EXPECT_EQ(list->by_pmid("99000004")->nature, Nature::kReinstatement);
}

TEST(RetractionList, LoadFileReportsUnreadableFiles) {
  const auto list = RetractionList::load_file(MEDLINT_SOURCE_DIR "/tests/data/no-such-file.csv");
  ASSERT_FALSE(list);
  EXPECT_NE(list.error().message.find("No such file"), std::string::npos) << list.error().message;
}

// CIT009 end to end: an expression of concern is a warning, a retraction an
// error; the configured severity caps both, and "off" silences both.
std::vector<Finding> cit009_findings(Config config) {
  auto list = RetractionList::parse(std::string(kHeader) +
                                    "900001,Retraction,10.5555/rw-a,0,8/16/2023 0:00,\n"
                                    "900002,Expression of concern,,99000002,,\n"
                                    "900003,Correction,10.5555/rw-c,0,8/16/2023 0:00,\n");
  EXPECT_TRUE(list) << list.error().message;
  const Linter linter(all_rules(), SchemaSet::bundled(), std::move(config), Date{2026, 11, 24},
                      std::make_unique<const RetractionList>(std::move(*list)));
  const SourceFile source("cit009-unit.json", R"({
  "id": "cit009-unit",
  "title": "What is an example condition?",
  "audiences": ["clinician"],
  "authors": ["dr-example"],
  "dates": {"updated": "2026-10-01"},
  "review": {"status": "submitted", "history": [{"status": "submitted", "date": "2026-10-01", "by": "dr-example"}]},
  "sections": [{"kind": "other", "heading": "About", "blocks": [{"type": "paragraph", "text": "See [1], [2] and [3]."}]}],
  "references": [
    {"id": 1, "type": "rct", "title": "A fictional trial", "year": 2023, "doi": "https://doi.org/10.5555/RW-A"},
    {"id": 2, "type": "cohort", "title": "A fictional cohort", "year": 2024, "doi": "10.5555/rw-b", "pmid": "99000002"},
    {"id": 3, "type": "review", "title": "A fictional review", "year": 2022, "doi": "10.5555/rw-c"}
  ]
})");
  std::vector<Finding> out;
  for (Finding& f : linter.lint_source(source, FileKind::kArticle).findings) {
    if (f.code == "CIT009") out.push_back(std::move(f));
  }
  return out;
}

TEST(Cit009, RetractionIsAnErrorConcernAWarning) {
  const auto findings = cit009_findings(Config{});
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].severity, Severity::kError);
  EXPECT_EQ(findings[0].pointer, "/references/0/doi");
  EXPECT_EQ(findings[0].message,
            "Reference 1 (DOI 10.5555/rw-a) has been retracted: Retraction Watch record 900001 lists a Retraction "
            "dated 2023-08-16. Remove or replace the reference and the claims that rest on it.");
  EXPECT_EQ(findings[1].severity, Severity::kWarning);
  EXPECT_EQ(findings[1].pointer, "/references/1/pmid");
  EXPECT_EQ(findings[1].message,
            "Reference 2 (PMID 99000002) is under an expression of concern: Retraction Watch record 900002 lists an "
            "Expression of concern with no date. Read the notice; unless the concern has been resolved, remove or "
            "replace the reference and the claims that rest on it.");
}

TEST(Cit009, ConfiguredSeverityCapsBoth) {
  Config warning;
  warning.rules["CIT009"] = Severity::kWarning;
  const auto findings = cit009_findings(warning);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  EXPECT_EQ(findings[1].severity, Severity::kWarning);

  Config off;
  off.rules["CIT"] = Severity::kOff;
  EXPECT_TRUE(cit009_findings(off).empty());
}

TEST(Cit009, NothingWithoutARetractionList) {
  const Linter linter(all_rules(), SchemaSet::bundled(), Config{}, Date{2026, 11, 24});
  const SourceFile source("x.json", R"({"id": "x", "references": [{"id": 1, "doi": "10.5555/rw-a"}]})");
  for (const Finding& f : linter.lint_source(source, FileKind::kArticle).findings) EXPECT_NE(f.code, "CIT009");
}

}  // namespace
}  // namespace medlint
