// Identifier checks against real-world forms. Made-up DOIs use the test
// prefix 10.5555; PMIDs, PMCIDs and NCT numbers here are digit strings of the
// right shape, not references to any paper or trial.
#include "medlint/model/identifiers.h"

#include <gtest/gtest.h>

#include <string>

namespace medlint {
namespace {

TEST(Doi, NormalizeStripsResolverPrefixesAndLowerCases) {
  EXPECT_EQ(normalize_doi("10.5555/ABC.123"), "10.5555/abc.123");
  EXPECT_EQ(normalize_doi("  10.5555/abc  "), "10.5555/abc");
  EXPECT_EQ(normalize_doi("https://doi.org/10.5555/Fictional.2024.001"), "10.5555/fictional.2024.001");
  EXPECT_EQ(normalize_doi("HTTPS://DOI.ORG/10.5555/x"), "10.5555/x");
  EXPECT_EQ(normalize_doi("http://doi.org/10.5555/x"), "10.5555/x");
  EXPECT_EQ(normalize_doi("http://dx.doi.org/10.5555/x"), "10.5555/x");
  EXPECT_EQ(normalize_doi("https://dx.doi.org/10.5555/x"), "10.5555/x");
  EXPECT_EQ(normalize_doi("https://www.doi.org/10.5555/x"), "10.5555/x");
  EXPECT_EQ(normalize_doi("doi.org/10.5555/x"), "10.5555/x");
  EXPECT_EQ(normalize_doi("doi:10.5555/x"), "10.5555/x");
  EXPECT_EQ(normalize_doi("DOI: 10.5555/x"), "10.5555/x");
  // Only one prefix, and only at the start.
  EXPECT_EQ(normalize_doi("10.5555/doi.org/x"), "10.5555/doi.org/x");
  EXPECT_EQ(normalize_doi("https://example.org/10.5555/x"), "https://example.org/10.5555/x");
  EXPECT_EQ(normalize_doi(""), "");
}

TEST(Doi, CrossrefPatternAfterNormalising) {
  for (const char* doi : {"10.5555/fictional.2024.001", "10.5555/ABC-def_1;2(3)/4:5", "10.55555/x", "10.123456789/x",
                          "https://doi.org/10.5555/x", "doi:10.5555/x"}) {
    EXPECT_TRUE(valid_doi(normalize_doi(doi))) << doi;
  }
  for (const char* doi : {"", "10.55/x",          // registrant code of 2 digits
                          "10.5555",              // no suffix
                          "10.5555/",             // empty suffix
                          "11.5555/x",            // not a DOI directory
                          "10.1234567890/x",      // 10-digit registrant code
                          "10.5555/a b",          // space in the suffix
                          "10.5555/x<y>",         // characters outside Crossref's set
                          "10.5555/caf\xc3\xa9",  // non-ASCII
                          "10,5555/x", "doi 10.5555/x", "https://example.org/10.5555/x"}) {
    EXPECT_FALSE(valid_doi(normalize_doi(doi))) << doi;
  }
}

TEST(Doi, OldWileyFormsAreTheKnownException) {
  // Format examples of the SICI style Wiley used under 10.1002 (syntax only):
  // "<", ">" and "#" are outside Crossref's character set but accepted here.
  EXPECT_TRUE(valid_doi(normalize_doi("10.1002/(SICI)1097-4636")));
  EXPECT_TRUE(valid_doi(normalize_doi("10.1002/(SICI)1097-4636(199901)<1::AID-X1>3.0.CO;2-A")));
  EXPECT_TRUE(valid_doi(normalize_doi("doi:10.1002/a#b")));
  // The same characters under any other prefix are rejected.
  EXPECT_FALSE(valid_doi(normalize_doi("10.5555/(SICI)1097-4636(199901)<1::AID-X1>3.0.CO;2-A")));
  EXPECT_FALSE(valid_doi(normalize_doi("10.1002/a b")));
  EXPECT_FALSE(valid_doi(normalize_doi("10.1002/")));
}

TEST(Pmid, OneToEightDigitsWithoutLeadingZero) {
  for (const char* p : {"1", "9", "10", "1234567", "12345678", "99999999"}) EXPECT_TRUE(valid_pmid(p)) << p;
  for (const char* p : {"", "0", "01234567", "123456789", "PMID:12345", "PMID 12345", "12345 ", " 12345", "12 345",
                        "1234a", "1e5", "-5", "+5", "１２３"}) {
    EXPECT_FALSE(valid_pmid(p)) << p;
  }
}

TEST(Pmcid, PmcInCapitalsThenDigitsOfAnyLength) {
  for (const char* p : {"PMC1", "PMC176545", "PMC1234567", "PMC12345678", "PMC123456789"}) {
    EXPECT_TRUE(valid_pmcid(p)) << p;
  }
  for (const char* p : {"", "PMC", "pmc1234567", "Pmc1234567", "1234567", "PMC 1234567", "PMC-1234567", "PMC1234567 ",
                        "PMCID:PMC1234567", "PMC12a4"}) {
    EXPECT_FALSE(valid_pmcid(p)) << p;
  }
}

TEST(Nct, NctInCapitalsThenExactlyEightDigits) {
  for (const char* n : {"NCT01234567", "NCT00000000", "NCT99999999"}) EXPECT_TRUE(valid_nct(n)) << n;
  for (const char* n : {"", "NCT", "NCT1234567", "NCT012345678", "nct01234567", "NCT 01234567", "NCT0123456a",
                        "01234567", "ISRCTN12345678"}) {
    EXPECT_FALSE(valid_nct(n)) << n;
  }
}

// The test vectors' check digits, computed:
//
// 0-306-40615-2 (ISBN-10, weights 10..2 on the first nine digits):
//   0*10 + 3*9 + 0*8 + 6*7 + 4*6 + 0*5 + 6*4 + 1*3 + 5*2 = 0+27+0+42+24+0+24+3+10 = 130;
//   130 mod 11 = 9; check = (11 - 9) mod 11 = 2.  Whole sum 130 + 2*1 = 132 = 12*11.
// 0-8044-2957-X (ISBN-10):
//   0*10 + 8*9 + 0*8 + 4*7 + 4*6 + 2*5 + 9*4 + 5*3 + 7*2 = 0+72+0+28+24+10+36+15+14 = 199;
//   199 mod 11 = 1; check = 11 - 1 = 10, written X.  Whole sum 199 + 10 = 209 = 19*11.
// 978-0-306-40615-7 (ISBN-13, weights 1,3,1,3,... on the first twelve digits):
//   9 + 7*3 + 8 + 0*3 + 3 + 0*3 + 6 + 4*3 + 0 + 6*3 + 1 + 5*3 = 9+21+8+0+3+0+6+12+0+18+1+15 = 93;
//   93 mod 10 = 3; check = 10 - 3 = 7.  Whole sum 93 + 7 = 100.
// 978-0-8044-2957-3 (the ISBN-13 form of 0-8044-2957-X):
//   9 + 7*3 + 8 + 0*3 + 8 + 0*3 + 4 + 4*3 + 2 + 9*3 + 5 + 7*3 = 9+21+8+0+8+0+4+12+2+27+5+21 = 117;
//   117 mod 10 = 7; check = 10 - 7 = 3.
// 979-8-000000-00-7 (constructed, syntax only):
//   9 + 7*3 + 9 + 8*3 + 0*8 = 9+21+9+24 = 63; 63 mod 10 = 3; check = 7.
//
// The same sums, computed independently of identifiers.cpp (whole-number
// weighted sums over all the digits, which must be 0 mod 11 or mod 10):
int weighted_sum_10(const std::string& d) {
  int s = 0;
  for (int i = 0; i < 10; ++i)
    s += (d[static_cast<std::size_t>(i)] == 'X' ? 10 : d[static_cast<std::size_t>(i)] - '0') * (10 - i);
  return s;
}
int weighted_sum_13(const std::string& d) {
  int s = 0;
  for (int i = 0; i < 13; ++i) s += (d[static_cast<std::size_t>(i)] - '0') * (i % 2 ? 3 : 1);
  return s;
}

TEST(Isbn, TestVectorsSumToMultiples) {
  EXPECT_EQ(weighted_sum_10("0306406152"), 132);
  EXPECT_EQ(weighted_sum_10("080442957X"), 209);
  EXPECT_EQ(weighted_sum_13("9780306406157"), 100);
  EXPECT_EQ(weighted_sum_13("9780804429573") % 10, 0);
  EXPECT_EQ(weighted_sum_13("9798000000007") % 10, 0);
}

TEST(Isbn, ValidTenAndThirteen) {
  for (const char* i :
       {"0-306-40615-2", "0306406152", "0 306 40615 2", "0-8044-2957-X", "0-8044-2957-x", "080442957X",
        "978-0-306-40615-7", "9780306406157", "978 0 306 40615 7", "978-0-8044-2957-3", "979-8-000000-00-7"}) {
    EXPECT_TRUE(valid_isbn(i)) << i;
    EXPECT_EQ(check_isbn(i).status, IsbnStatus::kValid) << i;
  }
}

TEST(Isbn, WrongCheckDigitSaysWhichOneIsExpected) {
  struct Case {
    const char* isbn;
    char expected, actual;
  };
  for (const Case& c : {Case{"0-306-40615-3", '2', '3'},      // last digit off by one
                        Case{"0-306-46015-2", '7', '2'},      // 4 and 0 transposed
                        Case{"0-8044-2957-9", 'X', '9'},      // X replaced by 9
                        Case{"0-306-40615-X", '2', 'X'},      // X where 2 belongs
                        Case{"978-0-306-40615-8", '7', '8'},  // last digit off by one
                        // 1 and 5 transposed: 93 - 1*1 - 5*3 + 5*1 + 1*3 = 85, so the check would be 5
                        Case{"978-0-306-40651-7", '5', '7'}}) {
    const IsbnCheck r = check_isbn(c.isbn);
    EXPECT_EQ(r.status, IsbnStatus::kWrongCheckDigit) << c.isbn;
    EXPECT_EQ(r.expected, c.expected) << c.isbn;
    EXPECT_EQ(r.actual, c.actual) << c.isbn;
    EXPECT_FALSE(valid_isbn(c.isbn)) << c.isbn;
  }
}

TEST(Isbn, MalformedForms) {
  for (const char* i : {"", "030640615",               // 9 characters
                        "03064061522",                 // 11 characters
                        "978030640615",                // 12 characters
                        "0-8044-X957-2",               // X before the last place
                        "X-8044-2957-0",               // X first
                        "ISBN 0-306-40615-2",          // prefix
                        "ISBN-13: 978-0-306-40615-7",  // prefix
                        "-0306406152", "0306406152-",  // leading or trailing separator
                        "0--306-40615-2",              // doubled separator
                        "0_306_40615_2",               // other separator
                        "977-0-306-40615-7",           // an EAN-13 that is not an ISBN
                        "1234567890123",               // ditto
                        "978-0-8044-2957-X",           // X is never part of an ISBN-13
                        "978-0-306-40615-7 "}) {       // trailing space
    EXPECT_EQ(check_isbn(i).status, IsbnStatus::kMalformed) << i;
    EXPECT_FALSE(valid_isbn(i)) << i;
  }
}

TEST(Url, AbsoluteHttpOrHttpsWithAHost) {
  for (const char* u : {"https://www.example.org", "https://www.example.org/", "http://example.org/a/b?c=d&e=f#g",
                        "HTTPS://EXAMPLE.ORG/Guideline.pdf", "https://example.org:8443/x", "https://localhost/x",
                        "https://user@example.org/x", "https://[2001:db8::1]/x", "https://sub_domain.example.org/",
                        "https://b\xc3\xbc"
                        "cher.example/x",  // Unicode host name
                        "https://example.org/caf\xc3\xa9", "https://example.org/a(b)c", "https://example.org."}) {
    EXPECT_TRUE(valid_url(u)) << u;
  }
  for (const char* u : {"",
                        "www.example.org",
                        "example.org/x",
                        "/relative/path",
                        "ftp://example.org/x",
                        "mailto:someone@example.org",
                        "javascript:alert(1)",
                        "https://",
                        "https:///x",
                        "https//example.org",
                        "https:/example.org",
                        "http://-example.org",
                        "https://example..org",
                        "https://.example.org",
                        "https://example.org/a b",
                        " https://example.org",
                        "https://example.org/x ",
                        "https://example.org/\xc2\xa0x",  // no-break space
                        "https://example.org/a\tb",
                        "https://exa mple.org",
                        "https://example.org:port/",
                        "https://example.org:123456/",
                        "doi:10.5555/x"}) {
    EXPECT_FALSE(valid_url(u)) << u;
  }
}

TEST(Title, NormalisedForDuplicateDetection) {
  EXPECT_EQ(normalize_title("A Fictional Trial of an Example Drug"), "a fictional trial of an example drug");
  EXPECT_EQ(normalize_title("  A fictional   trial:\tof an example-drug.  "), "a fictional trial of an example drug");
  EXPECT_EQ(normalize_title("A fictional trial (of) an \"example\" drug!"), "a fictional trial of an example drug");
  // Unicode punctuation and spaces: en dash, curly quotes, no-break space.
  EXPECT_EQ(normalize_title("Beta\xe2\x80\x93"
                            "blockers \xe2\x80\x9c"
                            "early\xe2\x80\x9d\xc2\xa0use"),
            "beta blockers early use");
  EXPECT_EQ(normalize_title("Beta-blockers: early use"), normalize_title("BETA BLOCKERS \xe2\x80\x94 EARLY USE"));
  // Symbols are kept: these are different studies.
  EXPECT_NE(normalize_title("Mortality in adults <65 years"), normalize_title("Mortality in adults >65 years"));
  EXPECT_EQ(normalize_title("Fever \xe2\x89\xa5 38.5 \xc2\xb0"
                            "C"),
            "fever \xe2\x89\xa5 38 5 \xc2\xb0"
            "c");
  // Non-ASCII letters keep their case; ASCII letters around them are lowered.
  EXPECT_EQ(normalize_title("Guillain-Barr\xc3\xa9 Syndrome"), "guillain barr\xc3\xa9 syndrome");
  EXPECT_EQ(normalize_title(""), "");
  EXPECT_EQ(normalize_title(" ...!? "), "");
  // Invalid UTF-8 does not crash.
  EXPECT_EQ(normalize_title("A\xff"
                            "B"),
            "a\xff"
            "b");
}

}  // namespace
}  // namespace medlint
