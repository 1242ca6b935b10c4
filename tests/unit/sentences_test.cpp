// The sentence splitter: a table of tricky cases (every sentence of the NMS
// article, real NIH MedlinePlus prose from the MedQuAD corpus, and fictional
// edge cases), then a run over the whole corpus checking its invariants.
#include "medlint/model/sentences.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "files.h"

namespace medlint {
namespace {

struct Case {
  const char* text;
  std::vector<std::string> sentences;  // trimmed
};

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  for (const TextRange r : split_sentences(text)) {
    const TextRange t = trim(text, r);
    out.emplace_back(text.substr(t.begin, t.end - t.begin));
  }
  return out;
}

const Case kCases[] = {
    // --- Every prose block of content/articles/neuroleptic-malignant-syndrome.json.
    {"Neuroleptic malignant syndrome (NMS) is a life-threatening condition that requires immediate discontinuation of "
     "the offending antipsychotic medication and intensive care monitoring with supportive care. The management of NMS "
     "involves a comprehensive approach, including discontinuation of the antipsychotic medication, intensive care "
     "monitoring, and supportive care with IV fluids, cooling measures, and electrolyte correction [1].",
     {"Neuroleptic malignant syndrome (NMS) is a life-threatening condition that requires immediate discontinuation of "
      "the offending antipsychotic medication and intensive care monitoring with supportive care.",
      "The management of NMS involves a comprehensive approach, including discontinuation of the antipsychotic "
      "medication, intensive care monitoring, and supportive care with IV fluids, cooling measures, and electrolyte "
      "correction [1]."}},
    {"Hyperthermia (high fever often exceeding 38\u00b0C)", {"Hyperthermia (high fever often exceeding 38\u00b0C)"}},
    {"Muscle rigidity", {"Muscle rigidity"}},
    {"Altered mental status", {"Altered mental status"}},
    {"Autonomic instability (fluctuating blood pressure, tachycardia, diaphoresis)",
     {"Autonomic instability (fluctuating blood pressure, tachycardia, diaphoresis)"}},
    {"Specific pharmacological treatments for NMS include dantrolene and bromocriptine or amantadine as dopamine "
     "agonists to counteract dopamine blockade [1].",
     {"Specific pharmacological treatments for NMS include dantrolene and bromocriptine or amantadine as dopamine "
      "agonists to counteract dopamine blockade [1]."}},
    {"The cause of NMS is postulated to be a lack of dopaminergic activity in the CNS, principally affecting the D2 "
     "receptors, leading to manifestations such as hyperthermia, muscle rigidity, and altered mental status [1].",
     {"The cause of NMS is postulated to be a lack of dopaminergic activity in the CNS, principally affecting the D2 "
      "receptors, leading to manifestations such as hyperthermia, muscle rigidity, and altered mental status [1]."}},
    {"Risk factors for NMS include high-potency antipsychotics, rapid dose escalation, parenteral administration, "
     "dehydration, and previous NMS episodes [1].",
     {"Risk factors for NMS include high-potency antipsychotics, rapid dose escalation, parenteral administration, "
      "dehydration, and previous NMS episodes [1]."}},
    {"Treatment typically continues for 7-10 days, with gradual tapering, and after recovery, if antipsychotic "
     "treatment is necessary, a different class with lower potency should be introduced at low doses after at least "
     "two weeks, with careful monitoring [1].",
     {"Treatment typically continues for 7-10 days, with gradual tapering, and after recovery, if antipsychotic "
      "treatment is necessary, a different class with lower potency should be introduced at low doses after at least "
      "two weeks, with careful monitoring [1]."}},
    {"Some key points to consider in the management of NMS include:",
     {"Some key points to consider in the management of NMS include:"}},
    {"Immediate discontinuation of the offending antipsychotic medication",
     {"Immediate discontinuation of the offending antipsychotic medication"}},
    {"Intensive care monitoring with supportive care", {"Intensive care monitoring with supportive care"}},
    {"Specific pharmacological treatments such as dantrolene and bromocriptine or amantadine",
     {"Specific pharmacological treatments such as dantrolene and bromocriptine or amantadine"}},
    {"Careful monitoring and gradual tapering of treatment", {"Careful monitoring and gradual tapering of treatment"}},
    {"Introduction of a different class of antipsychotic medication with lower potency after recovery, if necessary.",
     {"Introduction of a different class of antipsychotic medication with lower potency after recovery, if "
      "necessary."}},
    {"Neuroleptic malignant syndrome (NMS) is an under-recognized yet sometimes fatal complication of antipsychotic "
     "drug therapy [2]",
     {"Neuroleptic malignant syndrome (NMS) is an under-recognized yet sometimes fatal complication of antipsychotic "
      "drug therapy [2]"}},
    {"NMS is comprised of hyperthermia, rigidity, autonomic disturbances, and altered consciousness [2]",
     {"NMS is comprised of hyperthermia, rigidity, autonomic disturbances, and altered consciousness [2]"}},
    {"It is a neurological emergency caused by dysregulation of dopaminergic neurotransmission [3]",
     {"It is a neurological emergency caused by dysregulation of dopaminergic neurotransmission [3]"}},
    {"Diagnosis of NMS relies primarily upon medical history and symptomatology [4]",
     {"Diagnosis of NMS relies primarily upon medical history and symptomatology [4]"}},
    {"Treatment involves cessation of dopamine-receptor antagonists and supportive measures [3]",
     {"Treatment involves cessation of dopamine-receptor antagonists and supportive measures [3]"}},
    {"In more severe cases, bromocriptine, dantrolene, benzodiazepines, and/or electroconvulsive therapy should be "
     "considered [3, 5]",
     {"In more severe cases, bromocriptine, dantrolene, benzodiazepines, and/or electroconvulsive therapy should be "
      "considered [3, 5]"}},
    {"Dantrolene has been reported as a potential treatment for NMS and led to off-label use for NMS [4]",
     {"Dantrolene has been reported as a potential treatment for NMS and led to off-label use for NMS [4]"}},
    {"A systematic case series analysis found that specific NMS pharmacotherapy (dantrolene, bromocriptine) and "
     "electroconvulsive therapy (ECT) were superior to purely symptomatic therapy in severe NMS cases [5]",
     {"A systematic case series analysis found that specific NMS pharmacotherapy (dantrolene, bromocriptine) and "
      "electroconvulsive therapy (ECT) were superior to purely symptomatic therapy in severe NMS cases [5]"}},
    {"However, no statistically significant differences regarding mortality rate or duration of treatment were found "
     "between dantrolene, bromocriptine, or ECT compared to supportive care in mild and moderate cases [5]",
     {"However, no statistically significant differences regarding mortality rate or duration of treatment were found "
      "between dantrolene, bromocriptine, or ECT compared to supportive care in mild and moderate cases [5]"}},
    {"ECT showed the lowest mortality rate in severe NMS cases [5]",
     {"ECT showed the lowest mortality rate in severe NMS cases [5]"}},
    {"NMS can become a critical illness, but there is often rapid recovery [6]",
     {"NMS can become a critical illness, but there is often rapid recovery [6]"}},
    {"Mortality proximate to NMS was uncommon, but late mortality remained substantial [6]",
     {"Mortality proximate to NMS was uncommon, but late mortality remained substantial [6]"}},
    {"Stricter criteria should be applied when diagnosing NMS in critical care and emergency medicine settings [6]",
     {"Stricter criteria should be applied when diagnosing NMS in critical care and emergency medicine settings [6]"}},

    // --- Real NIH MedlinePlus prose (MedQuAD, CC BY 4.0), lists flattened into the text.
    {"Summary : A1C is a blood test for type 2 diabetes and prediabetes. It measures your average blood glucose, or "
     "blood sugar, level over the past 3 months. Doctors may use the A1C alone or in combination with other diabetes "
     "tests to make a diagnosis. They also use the A1C to see how well you are managing your diabetes. This test is "
     "different from the blood sugar checks that people with diabetes do every day.    Your A1C test result is given "
     "in percentages. The higher the percentage, the higher your blood sugar levels have been:       - A normal A1C "
     "level is below 5.7 percent    - Prediabetes is between 5.7 to 6.4 percent. Having prediabetes is a risk factor "
     "for getting type 2 diabetes. People with prediabetes may need retests every year.    - Type 2 diabetes is above "
     "6.5 percent",
     {"Summary : A1C is a blood test for type 2 diabetes and prediabetes.",
      "It measures your average blood glucose, or blood sugar, level over the past 3 months.",
      "Doctors may use the A1C alone or in combination with other diabetes tests to make a diagnosis.",
      "They also use the A1C to see how well you are managing your diabetes.",
      "This test is different from the blood sugar checks that people with diabetes do every day.",
      "Your A1C test result is given in percentages.",
      "The higher the percentage, the higher your blood sugar levels have been:",
      "- A normal A1C level is below 5.7 percent", "- Prediabetes is between 5.7 to 6.4 percent.",
      "Having prediabetes is a risk factor for getting type 2 diabetes.",
      "People with prediabetes may need retests every year.", "- Type 2 diabetes is above 6.5 percent"}},
    {"Viral gastroenteritis is the second most common illness in the U.S. The cause is often a norovirus infection.",
     {"Viral gastroenteritis is the second most common illness in the U.S.",
      "The cause is often a norovirus infection."}},
    {"Heart disease is the leading cause of death in the U.S. It is also a major cause of disability. The risk of "
     "heart disease increases as you age.",
     {"Heart disease is the leading cause of death in the U.S.", "It is also a major cause of disability.",
      "The risk of heart disease increases as you age."}},
    {"In the attacks, someone purposely spread anthrax through the U.S. mail. This killed five people and made 22 "
     "sick.",
     {"In the attacks, someone purposely spread anthrax through the U.S. mail.",
      "This killed five people and made 22 sick."}},
    {"A body temperature that is higher than normal (over 98.6 degrees F) is called a fever.",
     {"A body temperature that is higher than normal (over 98.6 degrees F) is called a fever."}},
    {"A low birth weight is less than 5.5 pounds.", {"A low birth weight is less than 5.5 pounds."}},
    {"Just a passing cramp? It could be carpal tunnel syndrome.",
     {"Just a passing cramp?", "It could be carpal tunnel syndrome."}},
    {"Does the site have an editorial board? Is the information reviewed before it is posted? Be skeptical.",
     {"Does the site have an editorial board?", "Is the information reviewed before it is posted?", "Be skeptical."}},
    {"Each year over a million people in the U.S. have a heart attack. About half of them die.",
     {"Each year over a million people in the U.S. have a heart attack.", "About half of them die."}},
    {"The more important question may be, are you? Children are usually ready around ages 18-24 months.",
     {"The more important question may be, are you?", "Children are usually ready around ages 18-24 months."}},
    {"Summary : Medicare is the U.S. government's health insurance program for people age 65 or older.",
     {"Summary : Medicare is the U.S. government's health insurance program for people age 65 or older."}},
    {"- Cough     - Fever     - Headache     - Sore throat        Is it a cold or the flu? Colds rarely cause a fever "
     "or headaches.",
     {"- Cough", "- Fever", "- Headache", "- Sore throat", "Is it a cold or the flu?",
      "Colds rarely cause a fever or headaches."}},

    // --- Fictional edge cases.
    {"Give approx. 5 mg/kg daily. Monitor the level.", {"Give approx. 5 mg/kg daily.", "Monitor the level."}},
    {"Patients (e.g. those over 65) need lower doses. Check renal function.",
     {"Patients (e.g. those over 65) need lower doses.", "Check renal function."}},
    {"Older adults, i.e. those over 65, need lower doses.", {"Older adults, i.e. those over 65, need lower doses."}},
    {"Smith et al. reported fewer events [2]. The effect was small [3].",
     {"Smith et al. reported fewer events [2].", "The effect was small [3]."}},
    {"Dr. Example reviewed it. It was approved.", {"Dr. Example reviewed it.", "It was approved."}},
    {"The dose was 0.5 mg/kg. Fever above 38.5 \u00b0C persisted.",
     {"The dose was 0.5 mg/kg.", "Fever above 38.5 \u00b0C persisted."}},
    {"Stop the drug.[1] Start cooling.[2, 3]", {"Stop the drug.[1]", "Start cooling.[2, 3]"}},
    {"Stop the drug. [1] Start cooling.", {"Stop the drug. [1]", "Start cooling."}},
    {"Stop the drug [1]. Start cooling [2-4].", {"Stop the drug [1].", "Start cooling [2-4]."}},
    {"He said \"stop now.\" Then he left.", {"He said \"stop now.\"", "Then he left."}},
    {"Cooling helps (ice packs, fans.) Fluids too.", {"Cooling helps (ice packs, fans.)", "Fluids too."}},
    {"Was it NMS? Probably not!", {"Was it NMS?", "Probably not!"}},
    {"Wait... The fever returned.", {"Wait...", "The fever returned."}},
    {"Wait\u2026 the fever returned.", {"Wait\u2026 the fever returned."}},
    {"Take 5 mg. Repeat in an hour.", {"Take 5 mg.", "Repeat in an hour."}},
    {"Compare drug A vs. drug B. Both work.", {"Compare drug A vs. drug B.", "Both work."}},
    {"Use St. John's wort with care. It interacts with SSRIs.",
     {"Use St. John's wort with care.", "It interacts with SSRIs."}},
    {"Treatment lasts 7\u201310 days (see Fig. 2). Taper slowly.",
     {"Treatment lasts 7\u201310 days (see Fig. 2).", "Taper slowly."}},
    {"Give fluids, cooling, etc. Then reassess.", {"Give fluids, cooling, etc.", "Then reassess."}},
    {"Doses of 2.5 mg, 5 mg, etc. are common.", {"Doses of 2.5 mg, 5 mg, etc. are common."}},
    {"The rate was 5%.Next came 6%.", {"The rate was 5%.", "Next came 6%."}},
    {"The dose is 3.5mg daily, e.g.,with food.", {"The dose is 3.5mg daily, e.g.,with food."}},
    {"Symptoms include:  - fever  - rigidity", {"Symptoms include:", "- fever", "- rigidity"}},
    {"First line.\nSecond line.", {"First line.", "Second line."}},
    {"  Leading spaces. Trailing spaces.   ", {"Leading spaces.", "Trailing spaces."}},
    {"\u201CStop,\u201D the note said. \u201CNow.\u201D", {"\u201CStop,\u201D the note said.", "\u201CNow.\u201D"}},
    {"The \u03b2-blocker was stopped. \u0391 new drug began.",
     {"The \u03b2-blocker was stopped.", "\u0391 new drug began."}},
    {"", {}},
    {"   ", {}},
};

// Clinical prose where a missed boundary would hide an uncited claim behind a
// cited one (a silent pass): the sentences must be cut.
const Case kMustCut[] = {
    // Dosing Latin, routes and times end a clause.
    {"Give 500 mg t.i.d. Monitor renal function [1].", {"Give 500 mg t.i.d.", "Monitor renal function [1]."}},
    {"Give 1 g b.i.d. It is well tolerated [1].", {"Give 1 g b.i.d.", "It is well tolerated [1]."}},
    {"Give 2 mg/kg i.v. The infusion lasts an hour [1].", {"Give 2 mg/kg i.v.", "The infusion lasts an hour [1]."}},
    {"Inject 5 mg s.c. Then wait ten minutes [2].", {"Inject 5 mg s.c.", "Then wait ten minutes [2]."}},
    {"Take it p.o. q.d. Stop if a rash appears [1].", {"Take it p.o. q.d.", "Stop if a rash appears [1]."}},
    {"Give 10 mg T.I.D. Reduce the dose in renal failure [1].",
     {"Give 10 mg T.I.D.", "Reduce the dose in renal failure [1]."}},
    {"Take the first dose at 8 a.m. The second follows at 8 p.m. [1]",
     {"Take the first dose at 8 a.m.", "The second follows at 8 p.m. [1]"}},
    {"She gave him the I.V. It was night [1].", {"She gave him the I.V.", "It was night [1]."}},
    // Abbreviations that often end a sentence.
    {"Smith et al. The trial was small [1].", {"Smith et al.", "The trial was small [1]."}},
    {"It is made by Acme Inc. It is sold widely [1].", {"It is made by Acme Inc.", "It is sold widely [1]."}},
    {"Fluids, cooling, etc. Dantrolene helps in severe cases [1].",
     {"Fluids, cooling, etc.", "Dantrolene helps in severe cases [1]."}},
    {"Rest for 30 min. Resume activity slowly [1].", {"Rest for 30 min.", "Resume activity slowly [1]."}},
    {"Give 10 mg. Repeat after an hour [1].", {"Give 10 mg.", "Repeat after an hour [1]."}},
    {"Platelets were 90 x 10^9/L. Platelets recovered within a week [1].",
     {"Platelets were 90 x 10^9/L.", "Platelets recovered within a week [1]."}},
    // Sentences that start in lower case.
    {"Renal function declined [1]. eGFR fell below 30 mL/min.",
     {"Renal function declined [1].", "eGFR fell below 30 mL/min."}},
    {"Expression rose [1]. mRNA levels doubled.", {"Expression rose [1].", "mRNA levels doubled."}},
    {"Acidosis is common [1]. pH falls below 7.2 in severe cases.",
     {"Acidosis is common [1].", "pH falls below 7.2 in severe cases."}},
    {"Pregnancy was confirmed [1]. hCG doubled every two days.",
     {"Pregnancy was confirmed [1].", "hCG doubled every two days."}},
    {"Tumours differ [1]. p53 is mutated in half of them.", {"Tumours differ [1].", "p53 is mutated in half of them."}},
    {"The trial was small [1]. n = 40 patients were enrolled.",
     {"The trial was small [1].", "n = 40 patients were enrolled."}},
    {"The effect was large [1]. p < 0.001 for the primary outcome.",
     {"The effect was large [1].", "p < 0.001 for the primary outcome."}},
    {"Levels were high [1]. \u03b1-synuclein accumulates in neurons.",
     {"Levels were high [1].", "\u03b1-synuclein accumulates in neurons."}},
    {"Symptoms faded [1]. then they returned.", {"Symptoms faded [1].", "then they returned."}},
    // Case carries meaning: MS (multiple sclerosis) is not Ms.
    {"It presents differently than MS. Most patients recover within weeks [1].",
     {"It presents differently than MS.", "Most patients recover within weeks [1]."}},
    // Initialisms end a sentence before anything but the rest of a name.
    {"It is rare in the U.S. Doctors seldom see it [1].", {"It is rare in the U.S.", "Doctors seldom see it [1]."}},
    {"It is common in the E.U. How it spreads is unclear [1].",
     {"It is common in the E.U.", "How it spreads is unclear [1]."}},
    {"He moved to the U.K. In 2020 he fell ill [1].", {"He moved to the U.K.", "In 2020 he fell ill [1]."}},
    {"It is rare in the U.S. Medicare covers the test [1].",
     {"It is rare in the U.S.", "Medicare covers the test [1]."}},
    {"He has a Ph.D. He studies sepsis [1].", {"He has a Ph.D.", "He studies sepsis [1]."}},
    // A designated letter is not an initial.
    {"Take vitamin D. Monitor calcium every month [1].", {"Take vitamin D.", "Monitor calcium every month [1]."}},
    {"It is caused by hepatitis B. Patients need the vaccine [1].",
     {"It is caused by hepatitis B.", "Patients need the vaccine [1]."}},
    {"Group A got drug B. Outcomes were similar [1].", {"Group A got drug B.", "Outcomes were similar [1]."}},
    {"Your body can make vitamins D and K. People on a vegan diet need B12 [1].",
     {"Your body can make vitamins D and K.", "People on a vegan diet need B12 [1]."}},
    {"Fragile X syndrome is inherited. It causes the symptoms of Fragile X. People with small changes may show none "
     "[1].",
     {"Fragile X syndrome is inherited.", "It causes the symptoms of Fragile X.",
      "People with small changes may show none [1]."}},
    {"We make a good team, you and I. Did you see Albert I. Jones yesterday?",
     {"We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"}},
    // Ellipses, questions, exclamations, quotes, missing spaces.
    {"The fever returned... The patient was cooled [1].", {"The fever returned...", "The patient was cooled [1]."}},
    {"Is it safe? 40% of patients had no side effects [1].",
     {"Is it safe?", "40% of patients had no side effects [1]."}},
    {"Stop the drug! Cooling comes next [1].", {"Stop the drug!", "Cooling comes next [1]."}},
    {"He said \u201cstop now.\u201d Then he left [1].", {"He said \u201cstop now.\u201d", "Then he left [1]."}},
    {"It works.Some patients relapse [1].", {"It works.", "Some patients relapse [1]."}},
    {"It was effective.\u00b9 Relapse was rare [1].", {"It was effective.\u00b9", "Relapse was rare [1]."}},
    {"See Fig. 2. The curve falls [1].", {"See Fig. 2.", "The curve falls [1]."}},
    {"It was approved in Dec. 2019. It is used widely [1].",
     {"It was approved in Dec. 2019.", "It is used widely [1]."}},
    {"Is it contagious? No. It spreads only by blood [1].",
     {"Is it contagious?", "No.", "It spreads only by blood [1]."}},
    // Spaces and marks beyond ASCII: no-break and zero-width spaces, line and
    // paragraph separators, and look-alike full stops cannot glue sentences.
    {"Stop the drug.\u00a0Give fluids [1].", {"Stop the drug.", "Give fluids [1]."}},
    {"Stop the drug.\u200bGive fluids [1].", {"Stop the drug.", "Give fluids [1]."}},
    {"Stop the drug [1]\u2028Give fluids.", {"Stop the drug [1]", "Give fluids."}},
    {"Stop the drug [1]\u2029give fluids.", {"Stop the drug [1]", "give fluids."}},
    {"Stop the drug\u2024 Give fluids [1].", {"Stop the drug\u2024", "Give fluids [1]."}},
    {"Stop the drug\uff0e Give fluids [1].", {"Stop the drug\uff0e", "Give fluids [1]."}},
    {"Is it safe\uff1f Give fluids [1].", {"Is it safe\uff1f", "Give fluids [1]."}},
    // Enumerations inside a paragraph, and line breaks.
    {"1. Stop the drug 2. Cool the patient [1]", {"1. Stop the drug", "2. Cool the patient [1]"}},
    {"Criteria: 1. Fever 2. Rigidity [1]", {"Criteria:", "1. Fever", "2. Rigidity [1]"}},
    {"a. Stop the drug b. Cool the patient [1]", {"a. Stop the drug", "b. Cool the patient [1]"}},
    {"Signs include fever\n- rigidity [1]", {"Signs include fever", "- rigidity [1]"}},
    {"Stop the drug\n\nthen cool the patient [1].", {"Stop the drug", "then cool the patient [1]."}},
    {"\u2022 Stop the drug \u2022 Cool the patient [1]", {"\u2022 Stop the drug", "\u2022 Cool the patient [1]"}},
};

// Clinical prose where an extra boundary would report a cited sentence (or
// half of one) as uncited: it must stay whole.
const Case kMustNotCut[] = {
    // Abbreviations before a number or a name.
    {"See p. 55 for the dosing table [1].", {"See p. 55 for the dosing table [1]."}},
    {"See pp. 55-60 for details [1].", {"See pp. 55-60 for details [1]."}},
    {"It is listed as No. 5 on the schedule [1].", {"It is listed as No. 5 on the schedule [1]."}},
    {"Data are in Suppl. 1 and Suppl. S2 [1].", {"Data are in Suppl. 1 and Suppl. S2 [1]."}},
    {"See Eq. 3, Ref. 4, Tab. 2 and Sect. 3 [1].", {"See Eq. 3, Ref. 4, Tab. 2 and Sect. 3 [1]."}},
    {"It was published in Jan. 2020 and revised on Feb. 3 [1].",
     {"It was published in Jan. 2020 and revised on Feb. 3 [1]."}},
    {"Give max. 5 mg or min. 2 mg a day [1].", {"Give max. 5 mg or min. 2 mg a day [1]."}},
    {"At wk. 4 the rash faded [1].", {"At wk. 4 the rash faded [1]."}},
    {"Hikers on Mt. Everest get it [1].", {"Hikers on Mt. Everest get it [1]."}},
    {"Vol. 3, No. 2, pp. 5-9 describes it [1].", {"Vol. 3, No. 2, pp. 5-9 describes it [1]."}},
    {"See Fig. 2A and Fig. IV [1].", {"See Fig. 2A and Fig. IV [1]."}},
    {"Temp. 38.5 \u00b0C and Hb. 9 g/dL were recorded [1].", {"Temp. 38.5 \u00b0C and Hb. 9 g/dL were recorded [1]."}},
    {"Dr. Example and Prof. Sample agree [1].", {"Dr. Example and Prof. Sample agree [1]."}},
    {"Approx. 30% of patients respond [1].", {"Approx. 30% of patients respond [1]."}},
    {"Antipsychotics (e.g. Haloperidol) cause it [1].", {"Antipsychotics (e.g. Haloperidol) cause it [1]."}},
    {"Dantrolene vs. Bromocriptine was compared [1].", {"Dantrolene vs. Bromocriptine was compared [1]."}},
    // Initials and names.
    {"Michael L. Parchman led the study [1].", {"Michael L. Parchman led the study [1]."}},
    {"J. Smith reported it first [1].", {"J. Smith reported it first [1]."}},
    {"It was reported by J. Smith in 2019 [1].", {"It was reported by J. Smith in 2019 [1]."}},
    {"Infection with H. pylori is common [1].", {"Infection with H. pylori is common [1]."}},
    {"You might get C. difficile after antibiotics [1].", {"You might get C. difficile after antibiotics [1]."}},
    {"Staph. aureus and S. aureus are one germ [1].", {"Staph. aureus and S. aureus are one germ [1]."}},
    {"A. baumannii and B. fragilis resist it [1].", {"A. baumannii and B. fragilis resist it [1]."}},
    // Initialisms inside a sentence.
    {"The U.S. Food and Drug Administration approved it [1].",
     {"The U.S. Food and Drug Administration approved it [1]."}},
    {"The U.S. FDA approved it in 2019 [1].", {"The U.S. FDA approved it in 2019 [1]."}},
    {"The U.S. Government funds the registry [1].", {"The U.S. Government funds the registry [1]."}},
    {"It is rare in the U.S. and Canada [1].", {"It is rare in the U.S. and Canada [1]."}},
    {"M.D. Anderson Cancer Center treats it [1].", {"M.D. Anderson Cancer Center treats it [1]."}},
    // Dosing and units before a lower-case word or a number.
    {"Give 500 mg t.i.d. with meals [1].", {"Give 500 mg t.i.d. with meals [1]."}},
    {"Give it i.v. over 30 minutes [1].", {"Give it i.v. over 30 minutes [1]."}},
    {"About 10% of pts. had side effects [1].", {"About 10% of pts. had side effects [1]."}},
    {"Smith et al. reported fewer deaths [1].", {"Smith et al. reported fewer deaths [1]."}},
    {"Smith et al. (2019) reported fewer deaths [1].", {"Smith et al. (2019) reported fewer deaths [1]."}},
    {"Smith et al. [2] reported fewer deaths.", {"Smith et al. [2] reported fewer deaths."}},
    // Enumerations inside one sentence, ellipses, quotes.
    {"Treatment includes (1) stopping the drug, (2) cooling and (3) dantrolene [1].",
     {"Treatment includes (1) stopping the drug, (2) cooling and (3) dantrolene [1]."}},
    {"Treatment: 1) stop the drug, 2) cool, and 3) give dantrolene [1].",
     {"Treatment: 1) stop the drug, 2) cool, and 3) give dantrolene [1]."}},
    {"Patients said . . . nothing at all [1].", {"Patients said . . . nothing at all [1]."}},
    {"Patients said... nothing at all [1].", {"Patients said... nothing at all [1]."}},
    {"The guideline says \u201c[...] stop the drug\u201d at once [1].",
     {"The guideline says \u201c[...] stop the drug\u201d at once [1]."}},
    {"The child asked, \u201cIs it contagious?\u201d and the nurse said no [1].",
     {"The child asked, \u201cIs it contagious?\u201d and the nurse said no [1]."}},
    {"\u201cStop now,\u201d the note said [1].", {"\u201cStop now,\u201d the note said [1]."}},
    {"It cures it.' she said [1].", {"It cures it.' she said [1]."}},
    {"Visit www.nlm.nih.gov. or mail info@example.com for help [1].",
     {"Visit www.nlm.nih.gov. or mail info@example.com for help [1]."}},
    {"A line wrapped\nin the middle of a sentence [1].", {"A line wrapped\nin the middle of a sentence [1]."}},
};

TEST(Sentences, SplitsTheTable) {
  std::size_t sentences = 0;
  for (const Case& c : kCases) {
    EXPECT_EQ(split(c.text), c.sentences) << "text: " << c.text;
    sentences += c.sentences.size();
  }
  EXPECT_GE(sentences, 60u);
}

TEST(Sentences, CutsWhereAMissedBoundaryWouldHideAClaim) {
  for (const Case& c : kMustCut) {
    EXPECT_EQ(split(c.text), c.sentences) << "text: " << c.text;
    EXPECT_GE(c.sentences.size(), 2u) << c.text;
  }
}

TEST(Sentences, KeepsWholeWhatAnExtraBoundaryWouldFlag) {
  for (const Case& c : kMustNotCut) {
    EXPECT_EQ(split(c.text), c.sentences) << "text: " << c.text;
    EXPECT_EQ(c.sentences.size(), 1u) << c.text;
  }
}

// Every byte of the input in exactly one sentence, none of them blank.
void expect_partition(std::string_view text, const std::string& where) {
  const auto ranges = split_sentences(text);
  std::size_t at = 0;
  for (const TextRange& r : ranges) {
    ASSERT_EQ(r.begin, at) << where << ": gap or overlap";
    ASSERT_LT(r.begin, r.end) << where << ": empty sentence";
    const TextRange t = trim(text, r);
    ASSERT_LT(t.begin, t.end) << where << ": whitespace-only sentence";
    at = r.end;
  }
  const TextRange all = trim(text, {0, text.size()});
  const bool blank = all.begin == all.end;
  EXPECT_EQ(at, blank ? 0 : text.size()) << where << ": text not covered";
}

TEST(Sentences, PartitionTheTables) {
  for (const Case& c : kCases) expect_partition(c.text, c.text);
  for (const Case& c : kMustCut) expect_partition(c.text, c.text);
  for (const Case& c : kMustNotCut) expect_partition(c.text, c.text);
}

// Inputs built to make a careless splitter quadratic (long look-backs,
// repeated enumerator searches, orthographic lookups) or to confuse it
// (bytes that are not UTF-8, lone continuation bytes, NULs): each must
// still partition. A quarter megabyte each, so that quadratic work would
// not finish.
TEST(Sentences, PartitionHostileText) {
  constexpr std::size_t n = 1 << 18;
  const auto repeat = [](std::string_view unit) {
    std::string s;
    while (s.size() < n) s += unit;
    return s;
  };
  for (const std::string& text : {repeat("a."),
                                  repeat("a.a"),
                                  repeat("U.S. X "),
                                  repeat("J. Smith "),
                                  repeat(": 1. x "),
                                  repeat("1. a "),
                                  repeat("Vitamin Q. Patients "),
                                  repeat(". . "),
                                  repeat("..."),
                                  repeat("\xE2\x80"),
                                  repeat("\xE2\x80\xA6 "),
                                  repeat("? "),
                                  repeat("\n"),
                                  repeat("   "),
                                  repeat(std::string("\0. ", 3)),
                                  repeat("\xFF. \x80"
                                         "A"),
                                  repeat("[1]. "),
                                  repeat("[1"),
                                  repeat("\u2022 9. x "),
                                  repeat("\u00a0"),
                                  repeat(".\u200b"),
                                  repeat("\u2029"),
                                  repeat("\xE2\x80\xA8."),
                                  repeat("\xC2"),
                                  std::string(n, '.'),
                                  std::string(n, 'x') + "."}) {
    expect_partition(text, "hostile text starting " + text.substr(0, 12));
  }
}

// Every answer of the MedQuAD MedlinePlus corpus (981 documents).
TEST(Sentences, PartitionEveryCorpusAnswer) {
  const std::filesystem::path dir =
      std::filesystem::path(MEDLINT_SOURCE_DIR) / "../shared/corpora/medquad-medlineplus/4_MPlus_Health_Topics_QA";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "corpus not found at " << dir;
  std::size_t documents = 0;
  std::size_t answers = 0;
  std::size_t sentences = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".xml") continue;
    ++documents;
    const std::string xml = testing::read_text(entry.path());
    // std::regex recurses per character: find the <Answer> elements by hand.
    for (std::size_t b = xml.find("<Answer>"); b != std::string::npos; b = xml.find("<Answer>", b + 1)) {
      const std::size_t e = xml.find("</Answer>", b);
      ASSERT_NE(e, std::string::npos);
      const std::string_view text = std::string_view(xml).substr(b + 8, e - b - 8);
      expect_partition(text, entry.path().filename().string());
      sentences += split_sentences(text).size();
      ++answers;
    }
  }
  EXPECT_EQ(documents, 981u);
  EXPECT_GE(answers, 981u);
  EXPECT_GT(sentences, 10000u);
}

}  // namespace
}  // namespace medlint
