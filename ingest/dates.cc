#include "ingest/dates.h"

#include <cstdio>
#include <cstdlib>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"

namespace kg::ingest {
namespace {

// Days since 1970-01-01 of a civil date, and back (H. Hinnant's algorithms).
long DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

void CivilFromDays(long z, int* y, unsigned* m, unsigned* d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = static_cast<int>(yoe) + static_cast<int>(era * 400) + (*m <= 2);
}

std::string Day(long days) {
  int y;
  unsigned m, d;
  CivilFromDays(days, &y, &m, &d);
  return absl::StrFormat("%04d-%02d-%02d", y, m, d);
}

// Monday = 0.
int Weekday(long days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); }

std::string IsoWeek(long days) {
  long thursday = days - Weekday(days) + 3;
  int y;
  unsigned m, d;
  CivilFromDays(thursday, &y, &m, &d);
  long first = DaysFromCivil(y, 1, 1);
  return absl::StrFormat("%04d-W%02d", y, static_cast<int>((thursday - first) / 7 + 1));
}

bool ParseIsoDay(absl::string_view text, long* days) {
  int y, m, d;
  if (text.size() < 10 || std::sscanf(std::string(text.substr(0, 10)).c_str(), "%d-%d-%d", &y, &m, &d) != 3)
    return false;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  *days = DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  return true;
}

int MonthOf(const std::string& lower) {
  static const char* const kMonths[][2] = {
      {"january", "jan"}, {"february", "feb"}, {"march", "mar"},     {"april", "apr"},
      {"may", "may"},     {"june", "jun"},     {"july", "jul"},      {"august", "aug"},
      {"september", "sep"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
  std::string word = lower;
  if (!word.empty() && word.back() == '.') word.pop_back();
  if (word == "sept") return 9;
  for (int i = 0; i < 12; ++i)
    if (word == kMonths[i][0] || word == kMonths[i][1]) return i + 1;
  return 0;
}

int WeekdayOf(const std::string& lower) {
  static const char* const kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i)
    if (lower == kDays[i]) return i;
  return -1;
}

// "30", "30th", "1st" -> 30, 1; 0 when not a day of the month.
int DayNumber(const std::string& text) {
  size_t digits = 0;
  while (digits < text.size() && absl::ascii_isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0 || digits > 2) return 0;
  std::string rest = text.substr(digits);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
  int day = std::atoi(text.substr(0, digits).c_str());
  return day >= 1 && day <= 31 ? day : 0;
}

int YearNumber(const std::string& text) {
  int year;
  if (text.size() != 4 || !absl::SimpleAtoi(text, &year) || year < 1800 || year > 2200) return 0;
  return year;
}

}  // namespace

std::string ResolveSentenceDate(const Sentence& sentence, absl::string_view document_date) {
  long doc = 0;
  const bool dated = ParseIsoDay(document_date, &doc);
  int doc_year = 0;
  unsigned doc_month = 0, doc_day = 0;
  if (dated) CivilFromDays(doc, &doc_year, &doc_month, &doc_day);
  const auto& t = sentence.tokens;
  auto lower = [&](size_t i) -> std::string { return i < t.size() ? t[i].lower : std::string(); };
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string w = lower(i);
    if (int month = t[i].capitalized ? MonthOf(w) : 0) {
      // "May" is also a modal verb: a month only next to a number or after in/since/by/last
      size_t k = i + 1;
      int day = DayNumber(lower(k));
      if (day) ++k;
      if (lower(k) == ",") ++k;
      int year = YearNumber(lower(k));
      bool month_word = day || year || (i > 0 && (lower(i - 1) == "in" || lower(i - 1) == "since" ||
                                                  lower(i - 1) == "last" || lower(i - 1) == "early" ||
                                                  lower(i - 1) == "late" || lower(i - 1) == "mid"));
      if (month == 5 && !day && !year) month_word = false;
      if (!month_word) continue;
      if (!year && !dated) continue;
      if (!year) {
        year = doc_year;
        // "in December" written in January is last year's
        long candidate = DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day ? day : 1));
        if (candidate > doc + 31) --year;
      }
      if (!day) return absl::StrFormat("%04d-%02d", year, month);
      return Day(DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
    }
    if (!dated) continue;
    if (w == "today") return Day(doc);
    if (w == "yesterday") return Day(doc - 1);
    if (w == "tomorrow") return Day(doc + 1);
    if (int weekday = WeekdayOf(w); weekday >= 0) {
      long back = (Weekday(doc) - weekday + 7) % 7;
      if (lower(i - 1) == "next") return Day(doc + (weekday - Weekday(doc) + 7) % 7 + (back == 0 ? 7 : 0));
      if (lower(i - 1) == "last" && back == 0) back = 7;
      return Day(doc - back);
    }
    if (w == "last" || w == "this" || w == "next") {
      int sign = w == "last" ? -1 : w == "next" ? 1 : 0;
      const std::string unit = lower(i + 1);
      if (unit == "week") return IsoWeek(doc + 7 * sign);
      if (unit == "month") {
        int y = doc_year, m = static_cast<int>(doc_month) + sign;
        if (m < 1) m = 12, --y;
        if (m > 12) m = 1, ++y;
        return absl::StrFormat("%04d-%02d", y, m);
      }
      if (unit == "year") return absl::StrFormat("%04d", doc_year + sign);
    }
  }
  return "";
}

}  // namespace kg::ingest
