// Dates that a sentence gives, resolved against its document's date: "on Wednesday", "yesterday",
// "last week", "Nov. 30", "in August", "March 6, 2007". It reads tokens only; it knows no events.
#ifndef KG_INGEST_DATES_H_
#define KG_INGEST_DATES_H_

#include <string>

#include "absl/strings/string_view.h"
#include "ingest/text.h"

namespace kg::ingest {

// The first date expression of the sentence as an ISO 8601 string: a day ("2014-12-03"), a month
// ("2014-08") or a week ("2014-W48"); empty when it has none or when it needs a document date
// (`document_date`, "YYYY-MM-DD" or empty) that is missing. Weekdays resolve to the latest such
// day not after the document date; a month and day without a year to the latest such day not
// more than a month after the document date.
std::string ResolveSentenceDate(const Sentence& sentence, absl::string_view document_date);

}  // namespace kg::ingest

#endif  // KG_INGEST_DATES_H_
