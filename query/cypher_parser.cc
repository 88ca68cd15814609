// Lexer and recursive-descent parser of the Cypher subset (see query/README.md).
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "query/cypher_ast.h"

namespace kg::query {
namespace {

struct Token {
  enum class Kind { kIdent, kQuotedIdent, kInt, kFloat, kString, kParam, kSymbol, kEnd, kError };
  Kind kind = Kind::kEnd;
  std::string text;   // identifier, symbol, string contents, parameter name
  size_t begin = 0, end = 0;
  int line = 1, column = 1;
  int64_t int_value = 0;
  double float_value = 0;
};

class Lexer {
 public:
  explicit Lexer(absl::string_view text) : text_(text) {}

  std::vector<Token> Run() {
    std::vector<Token> out;
    while (true) {
      Token t = Next();
      out.push_back(t);
      if (t.kind == Token::Kind::kEnd || t.kind == Token::Kind::kError) break;
    }
    return out;
  }

 private:
  char Peek(size_t k = 0) const { return pos_ + k < text_.size() ? text_[pos_ + k] : '\0'; }
  void Advance() {
    if (pos_ < text_.size()) {
      if (text_[pos_] == '\n') {
        ++line_;
        line_start_ = pos_ + 1;
      }
      ++pos_;
    }
  }
  void SkipSpace() {
    while (pos_ < text_.size()) {
      char c = Peek();
      if (std::isspace(static_cast<unsigned char>(c))) {
        Advance();
      } else if (c == '/' && Peek(1) == '/') {
        while (pos_ < text_.size() && Peek() != '\n') Advance();
      } else if (c == '/' && Peek(1) == '*') {
        Advance();
        Advance();
        while (pos_ < text_.size() && !(Peek() == '*' && Peek(1) == '/')) Advance();
        Advance();
        Advance();
      } else {
        break;
      }
    }
  }
  Token Make(Token::Kind kind, size_t begin, int line, int column) {
    Token t;
    t.kind = kind;
    t.begin = begin;
    t.end = pos_;
    t.line = line;
    t.column = column;
    return t;
  }

  Token Next() {
    SkipSpace();
    size_t begin = pos_;
    int line = line_;
    int column = static_cast<int>(pos_ - line_start_) + 1;
    if (pos_ >= text_.size()) return Make(Token::Kind::kEnd, begin, line, column);
    char c = Peek();
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      while (std::isalnum(static_cast<unsigned char>(Peek())) || Peek() == '_') Advance();
      Token t = Make(Token::Kind::kIdent, begin, line, column);
      t.text = std::string(text_.substr(begin, pos_ - begin));
      return t;
    }
    if (c == '`') {
      Advance();
      std::string name;
      while (pos_ < text_.size()) {
        if (Peek() == '`') {
          if (Peek(1) == '`') {
            name.push_back('`');
            Advance();
            Advance();
            continue;
          }
          break;
        }
        name.push_back(Peek());
        Advance();
      }
      if (pos_ >= text_.size()) {
        Token t = Make(Token::Kind::kError, begin, line, column);
        t.text = "a closing backtick";
        return t;
      }
      Advance();
      Token t = Make(Token::Kind::kQuotedIdent, begin, line, column);
      t.text = name;
      return t;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) ||
        (c == '.' && std::isdigit(static_cast<unsigned char>(Peek(1))))) {
      bool is_float = false;
      while (std::isdigit(static_cast<unsigned char>(Peek()))) Advance();
      if (Peek() == '.' && std::isdigit(static_cast<unsigned char>(Peek(1)))) {
        is_float = true;
        Advance();
        while (std::isdigit(static_cast<unsigned char>(Peek()))) Advance();
      }
      if ((Peek() == 'e' || Peek() == 'E') &&
          (std::isdigit(static_cast<unsigned char>(Peek(1))) ||
           ((Peek(1) == '-' || Peek(1) == '+') && std::isdigit(static_cast<unsigned char>(Peek(2)))))) {
        is_float = true;
        Advance();
        Advance();
        while (std::isdigit(static_cast<unsigned char>(Peek()))) Advance();
      }
      std::string digits(text_.substr(begin, pos_ - begin));
      Token t = Make(is_float ? Token::Kind::kFloat : Token::Kind::kInt, begin, line, column);
      t.text = digits;
      if (is_float) {
        t.float_value = std::strtod(digits.c_str(), nullptr);
      } else {
        errno = 0;
        unsigned long long v = std::strtoull(digits.c_str(), nullptr, 10);
        if (errno == ERANGE || v > static_cast<unsigned long long>(INT64_MAX)) {
          Token e = Make(Token::Kind::kError, begin, line, column);
          e.text = "an integer that fits in 64 bits";
          return e;
        }
        t.int_value = static_cast<int64_t>(v);
      }
      return t;
    }
    if (c == '\'' || c == '"') {
      char quote = c;
      Advance();
      std::string value;
      while (pos_ < text_.size() && Peek() != quote) {
        if (Peek() == '\\') {
          Advance();
          char e = Peek();
          switch (e) {
            case 'n': value.push_back('\n'); break;
            case 't': value.push_back('\t'); break;
            case 'r': value.push_back('\r'); break;
            case 'b': value.push_back('\b'); break;
            case 'f': value.push_back('\f'); break;
            case '\\': value.push_back('\\'); break;
            case '\'': value.push_back('\''); break;
            case '"': value.push_back('"'); break;
            default: value.push_back('\\'); value.push_back(e); break;
          }
          Advance();
          continue;
        }
        value.push_back(Peek());
        Advance();
      }
      if (pos_ >= text_.size()) {
        Token t = Make(Token::Kind::kError, begin, line, column);
        t.text = "the end of the string (a closing quote)";
        return t;
      }
      Advance();
      Token t = Make(Token::Kind::kString, begin, line, column);
      t.text = value;
      return t;
    }
    if (c == '$') {
      Advance();
      std::string name;
      while (std::isalnum(static_cast<unsigned char>(Peek())) || Peek() == '_') {
        name.push_back(Peek());
        Advance();
      }
      if (name.empty()) {
        Token t = Make(Token::Kind::kError, begin, line, column);
        t.text = "a parameter name after '$'";
        return t;
      }
      Token t = Make(Token::Kind::kParam, begin, line, column);
      t.text = name;
      return t;
    }
    static const char* kTwo[] = {"<>", "<=", ">=", "!=", "=~", ".."};
    for (const char* two : kTwo) {
      if (c == two[0] && Peek(1) == two[1]) {
        Advance();
        Advance();
        Token t = Make(Token::Kind::kSymbol, begin, line, column);
        t.text = two;
        return t;
      }
    }
    static const std::string kOne = "()[]{},.:|*;+-/%=<>^";
    if (kOne.find(c) != std::string::npos) {
      Advance();
      Token t = Make(Token::Kind::kSymbol, begin, line, column);
      t.text = std::string(1, c);
      return t;
    }
    Advance();
    Token t = Make(Token::Kind::kError, begin, line, column);
    t.text = absl::StrCat("a token (unexpected character '", std::string(1, c), "')");
    return t;
  }

  absl::string_view text_;
  size_t pos_ = 0;
  int line_ = 1;
  size_t line_start_ = 0;
};

bool IsKeyword(const Token& t, absl::string_view word) {
  return t.kind == Token::Kind::kIdent && absl::EqualsIgnoreCase(t.text, word);
}

// Words that cannot be used as a bare variable name (they start or continue clauses).
bool IsReserved(const Token& t) {
  static const char* kWords[] = {"MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER",
                                 "BY", "SKIP", "LIMIT", "AS", "AND", "OR", "XOR", "NOT", "IN",
                                 "STARTS", "ENDS", "CONTAINS", "IS", "NULL", "TRUE", "FALSE",
                                 "DISTINCT", "CASE", "WHEN", "THEN", "ELSE", "END", "CREATE",
                                 "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "ASC", "DESC",
                                 "ASCENDING", "DESCENDING", "UNION", "CALL", "EXPLAIN", "PROFILE"};
  if (t.kind != Token::Kind::kIdent) return false;
  for (const char* w : kWords)
    if (absl::EqualsIgnoreCase(t.text, w)) return true;
  return false;
}

class Parser {
 public:
  Parser(absl::string_view text, std::vector<Token> tokens) : text_(text), tokens_(std::move(tokens)) {}

  absl::StatusOr<Query> ParseQuery() {
    Query query;
    if (Keyword("EXPLAIN")) query.explain = true;
    else if (Keyword("PROFILE")) query.profile = true;
    bool returned = false;
    while (!failed_) {
      const Token& t = Cur();
      if (t.kind == Token::Kind::kEnd || IsSymbol(t, ";")) break;
      if (returned) {
        Fail("the end of the query after RETURN");
        break;
      }
      Clause clause;
      clause.line = t.line;
      clause.column = t.column;
      if (Keyword("MATCH")) {
        clause.kind = Clause::Kind::kMatch;
        ParseMatchBody(&clause);
      } else if (IsKeyword(t, "OPTIONAL")) {
        Advance();
        if (!ExpectKeyword("MATCH")) break;
        clause.kind = Clause::Kind::kOptionalMatch;
        ParseMatchBody(&clause);
      } else if (Keyword("UNWIND")) {
        clause.kind = Clause::Kind::kUnwind;
        clause.unwind = ParseExpr();
        if (failed_ || !ExpectKeyword("AS")) break;
        clause.alias = ParseName("a variable name");
      } else if (Keyword("WITH")) {
        clause.kind = Clause::Kind::kWith;
        ParseProjection(&clause);
        if (!failed_ && Keyword("WHERE")) clause.where = ParseExpr();
      } else if (Keyword("RETURN")) {
        clause.kind = Clause::Kind::kReturn;
        ParseProjection(&clause);
        returned = true;
      } else {
        static const char* kWrites[] = {"CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "CALL",
                                        "LOAD", "FOREACH", "DROP"};
        for (const char* w : kWrites) {
          if (IsKeyword(t, w)) {
            return absl::InvalidArgumentError(
                absl::StrCat("line ", t.line, ", column ", t.column, ": ", absl::AsciiStrToUpper(t.text),
                             " is not supported: kg query is read-only (expected MATCH, OPTIONAL "
                             "MATCH, WITH, UNWIND or RETURN)"));
          }
        }
        Fail(query.clauses.empty() ? "MATCH, OPTIONAL MATCH, UNWIND, WITH or RETURN"
                                   : "MATCH, OPTIONAL MATCH, WHERE, UNWIND, WITH or RETURN");
        break;
      }
      if (failed_) break;
      query.clauses.push_back(std::move(clause));
    }
    if (!failed_ && query.clauses.empty()) Fail("MATCH, OPTIONAL MATCH, UNWIND, WITH or RETURN");
    if (!failed_ && IsSymbol(Cur(), ";")) Advance();
    if (!failed_ && Cur().kind != Token::Kind::kEnd) Fail("the end of the query");
    if (!failed_ && !returned) Fail("RETURN (a query must end with RETURN)");
    if (failed_) return error_;
    return query;
  }

  // Parsing state for backtracking.
  size_t pos_ = 0;
  bool failed_ = false;
  absl::Status error_;

  const Token& Cur() const { return tokens_[pos_]; }
  const Token& PeekTok(size_t k) const { return tokens_[std::min(pos_ + k, tokens_.size() - 1)]; }
  void Advance() {
    if (pos_ + 1 < tokens_.size()) {
      prev_end_ = tokens_[pos_].end;
      ++pos_;
    }
  }
  static bool IsSymbol(const Token& t, absl::string_view s) {
    return t.kind == Token::Kind::kSymbol && t.text == s;
  }
  bool Symbol(absl::string_view s) {
    if (IsSymbol(Cur(), s)) {
      Advance();
      return true;
    }
    return false;
  }
  bool Keyword(absl::string_view w) {
    if (IsKeyword(Cur(), w)) {
      Advance();
      return true;
    }
    return false;
  }
  bool ExpectSymbol(absl::string_view s) {
    if (Symbol(s)) return true;
    Fail(absl::StrCat("'", s, "'"));
    return false;
  }
  bool ExpectKeyword(absl::string_view w) {
    if (Keyword(w)) return true;
    Fail(std::string(w));
    return false;
  }
  void Fail(absl::string_view expected) {
    if (failed_) return;
    failed_ = true;
    const Token& t = Cur();
    std::string found;
    if (t.kind == Token::Kind::kEnd) {
      found = "the end of the query";
    } else if (t.kind == Token::Kind::kError) {
      error_ = absl::InvalidArgumentError(
          absl::StrCat("line ", t.line, ", column ", t.column, ": expected ", t.text));
      return;
    } else {
      found = absl::StrCat("'", text_.substr(t.begin, t.end - t.begin), "'");
    }
    error_ = absl::InvalidArgumentError(
        absl::StrCat("line ", t.line, ", column ", t.column, ": expected ", expected, ", found ", found));
  }

  std::string ParseName(absl::string_view what) {
    const Token& t = Cur();
    if ((t.kind == Token::Kind::kIdent && !IsReserved(t)) || t.kind == Token::Kind::kQuotedIdent) {
      std::string name = t.text;
      Advance();
      return name;
    }
    Fail(what);
    return "";
  }
  // Labels, types, property keys and map keys may be reserved words.
  std::string ParseSymbolicName(absl::string_view what) {
    const Token& t = Cur();
    if (t.kind == Token::Kind::kIdent || t.kind == Token::Kind::kQuotedIdent) {
      std::string name = t.text;
      Advance();
      return name;
    }
    Fail(what);
    return "";
  }

  void ParseMatchBody(Clause* clause) {
    do {
      PathPattern p = ParsePattern(true);
      if (failed_) return;
      clause->patterns.push_back(std::move(p));
    } while (Symbol(","));
    if (Keyword("WHERE")) clause->where = ParseExpr();
  }

  PathPattern ParsePattern(bool allow_path_var) {
    PathPattern p;
    p.line = Cur().line;
    p.column = Cur().column;
    if (allow_path_var && (Cur().kind == Token::Kind::kIdent || Cur().kind == Token::Kind::kQuotedIdent) &&
        !IsReserved(Cur()) && IsSymbol(PeekTok(1), "=")) {
      p.path_var = Cur().text;
      Advance();
      Advance();
    }
    if (IsKeyword(Cur(), "shortestPath") || IsKeyword(Cur(), "allShortestPaths")) {
      p.shortest = IsKeyword(Cur(), "shortestPath") ? PathPattern::Shortest::kOne : PathPattern::Shortest::kAll;
      Advance();
      if (!ExpectSymbol("(")) return p;
      ParseChain(&p);
      if (failed_) return p;
      ExpectSymbol(")");
      if (!failed_ && p.rels.size() != 1) {
        failed_ = true;
        error_ = absl::InvalidArgumentError(absl::StrCat(
            "line ", p.line, ", column ", p.column,
            ": expected shortestPath over a single relationship pattern, as in shortestPath((a)-[*..6]-(b))"));
      }
      return p;
    }
    ParseChain(&p);
    return p;
  }

  void ParseChain(PathPattern* p) {
    p->nodes.push_back(ParseNode());
    while (!failed_ && (IsSymbol(Cur(), "-") || (IsSymbol(Cur(), "<") && IsSymbol(PeekTok(1), "-")))) {
      p->rels.push_back(ParseRel());
      if (failed_) return;
      p->nodes.push_back(ParseNode());
    }
  }

  NodePattern ParseNode() {
    NodePattern n;
    n.line = Cur().line;
    n.column = Cur().column;
    if (!ExpectSymbol("(")) return n;
    if ((Cur().kind == Token::Kind::kIdent && !IsReserved(Cur())) || Cur().kind == Token::Kind::kQuotedIdent) {
      n.var = Cur().text;
      Advance();
    }
    while (Symbol(":")) {
      n.labels.push_back(ParseSymbolicName("a label"));
      if (failed_) return n;
    }
    if (IsSymbol(Cur(), "{")) n.properties = ParseMapEntries();
    if (failed_) return n;
    if (!IsSymbol(Cur(), ")")) {
      Fail(n.labels.empty() && n.var.empty() && n.properties.empty()
               ? "a variable, ':' and a label, '{' or ')'"
               : "':' and a label, '{' or ')'");
      return n;
    }
    Advance();
    return n;
  }

  RelPattern ParseRel() {
    RelPattern r;
    r.line = Cur().line;
    r.column = Cur().column;
    bool left = false;
    if (Symbol("<")) left = true;
    if (!ExpectSymbol("-")) return r;
    if (Symbol("[")) {
      if ((Cur().kind == Token::Kind::kIdent && !IsReserved(Cur())) || Cur().kind == Token::Kind::kQuotedIdent) {
        r.var = Cur().text;
        Advance();
      }
      if (Symbol(":")) {
        r.types.push_back(ParseSymbolicName("a relationship type"));
        while (!failed_ && Symbol("|")) {
          Symbol(":");
          r.types.push_back(ParseSymbolicName("a relationship type"));
        }
        if (failed_) return r;
      }
      if (Symbol("*")) {
        r.var_length = true;
        r.min_hops = 1;
        r.max_hops = -1;
        if (Cur().kind == Token::Kind::kInt) {
          r.min_hops = static_cast<int>(std::min<int64_t>(Cur().int_value, 1000));
          Advance();
          if (Symbol("..")) {
            if (Cur().kind == Token::Kind::kInt) {
              r.max_hops = static_cast<int>(std::min<int64_t>(Cur().int_value, 1000));
              Advance();
            }
          } else {
            r.max_hops = r.min_hops;
          }
        } else if (Symbol("..")) {
          if (Cur().kind == Token::Kind::kInt) {
            r.max_hops = static_cast<int>(std::min<int64_t>(Cur().int_value, 1000));
            Advance();
          }
        }
        if (r.max_hops >= 0 && r.max_hops < r.min_hops) {
          failed_ = true;
          error_ = absl::InvalidArgumentError(absl::StrCat("line ", r.line, ", column ", r.column,
                                                           ": expected a length range with min <= max"));
          return r;
        }
      }
      if (IsSymbol(Cur(), "{")) r.properties = ParseMapEntries();
      if (failed_) return r;
      if (!ExpectSymbol("]")) return r;
    }
    if (!ExpectSymbol("-")) return r;
    bool right = Symbol(">");
    if (left && right) {
      r.direction = RelPattern::Direction::kBoth;
    } else if (left) {
      r.direction = RelPattern::Direction::kLeft;
    } else if (right) {
      r.direction = RelPattern::Direction::kRight;
    } else {
      r.direction = RelPattern::Direction::kBoth;
    }
    return r;
  }

  std::vector<std::pair<std::string, ExprPtr>> ParseMapEntries() {
    std::vector<std::pair<std::string, ExprPtr>> out;
    if (!ExpectSymbol("{")) return out;
    if (Symbol("}")) return out;
    do {
      std::string key = ParseSymbolicName("a property name");
      if (failed_ || !ExpectSymbol(":")) return out;
      ExprPtr value = ParseExpr();
      if (failed_) return out;
      out.emplace_back(std::move(key), std::move(value));
    } while (Symbol(","));
    ExpectSymbol("}");
    return out;
  }

  void ParseProjection(Clause* clause) {
    if (Keyword("DISTINCT")) clause->distinct = true;
    if (Symbol("*")) {
      clause->star = true;
      if (!Symbol(",")) goto tail;
    }
    do {
      ProjectionItem item;
      size_t begin = Cur().begin;
      item.expr = ParseExpr();
      if (failed_) return;
      if (Keyword("AS")) {
        item.alias = ParseName("a name after AS");
        item.has_alias = true;
        if (failed_) return;
      } else {
        item.alias = std::string(text_.substr(begin, prev_end_ - begin));
      }
      clause->items.push_back(std::move(item));
    } while (Symbol(","));
  tail:
    if (IsKeyword(Cur(), "ORDER")) {
      Advance();
      if (!ExpectKeyword("BY")) return;
      do {
        SortItem s;
        s.expr = ParseExpr();
        if (failed_) return;
        if (Keyword("DESC") || Keyword("DESCENDING")) {
          s.descending = true;
        } else if (Keyword("ASC") || Keyword("ASCENDING")) {
        }
        clause->order_by.push_back(std::move(s));
      } while (Symbol(","));
    }
    if (Keyword("SKIP")) clause->skip = ParseExpr();
    if (failed_) return;
    if (Keyword("LIMIT")) clause->limit = ParseExpr();
  }

  // ---- expressions ----
  ExprPtr New(Expr::Kind kind, const Token& at) {
    auto e = std::make_shared<Expr>();
    e->kind = kind;
    e->line = at.line;
    e->column = at.column;
    return e;
  }
  void Finish(const ExprPtr& e, size_t begin) {
    if (e && prev_end_ >= begin) e->text = std::string(text_.substr(begin, prev_end_ - begin));
  }
  ExprPtr Binary(const std::string& op, ExprPtr a, ExprPtr b, const Token& at, size_t begin) {
    auto e = New(Expr::Kind::kBinary, at);
    e->op = op;
    e->args = {std::move(a), std::move(b)};
    Finish(e, begin);
    return e;
  }

  ExprPtr ParseExpr() {
    if (++depth_ > 200) {
      Fail("a less deeply nested expression");
      --depth_;
      return nullptr;
    }
    ExprPtr e = ParseOr();
    --depth_;
    return e;
  }

  ExprPtr ParseOr() {
    size_t begin = Cur().begin;
    Token at = Cur();
    ExprPtr left = ParseXor();
    while (!failed_ && IsKeyword(Cur(), "OR")) {
      Advance();
      ExprPtr right = ParseXor();
      left = Binary("OR", left, right, at, begin);
    }
    return left;
  }
  ExprPtr ParseXor() {
    size_t begin = Cur().begin;
    Token at = Cur();
    ExprPtr left = ParseAnd();
    while (!failed_ && IsKeyword(Cur(), "XOR")) {
      Advance();
      ExprPtr right = ParseAnd();
      left = Binary("XOR", left, right, at, begin);
    }
    return left;
  }
  ExprPtr ParseAnd() {
    size_t begin = Cur().begin;
    Token at = Cur();
    ExprPtr left = ParseNot();
    while (!failed_ && IsKeyword(Cur(), "AND")) {
      Advance();
      ExprPtr right = ParseNot();
      left = Binary("AND", left, right, at, begin);
    }
    return left;
  }
  ExprPtr ParseNot() {
    size_t begin = Cur().begin;
    Token at = Cur();
    if (IsKeyword(Cur(), "NOT")) {
      Advance();
      if (++depth_ > 200) {
        Fail("a less deeply nested expression");
        return nullptr;
      }
      ExprPtr inner = ParseNot();
      --depth_;
      auto e = New(Expr::Kind::kNot, at);
      e->args = {inner};
      Finish(e, begin);
      return e;
    }
    return ParseComparison();
  }
  ExprPtr ParseComparison() {
    size_t begin = Cur().begin;
    Token at = Cur();
    ExprPtr left = ParsePredicate();
    while (!failed_) {
      const Token& t = Cur();
      std::string op;
      if (IsSymbol(t, "=") || IsSymbol(t, "<>") || IsSymbol(t, "<") || IsSymbol(t, "<=") ||
          IsSymbol(t, ">") || IsSymbol(t, ">=")) {
        op = t.text;
      } else if (IsSymbol(t, "!=")) {
        op = "<>";
      } else {
        break;
      }
      Advance();
      ExprPtr right = ParsePredicate();
      left = Binary(op, left, right, at, begin);
    }
    return left;
  }
  ExprPtr ParsePredicate() {
    size_t begin = Cur().begin;
    Token at = Cur();
    ExprPtr left = ParseAdditive();
    while (!failed_) {
      const Token& t = Cur();
      if (IsKeyword(t, "IN")) {
        Advance();
        left = Binary("IN", left, ParseAdditive(), at, begin);
      } else if (IsKeyword(t, "STARTS")) {
        Advance();
        if (!ExpectKeyword("WITH")) break;
        left = Binary("STARTS WITH", left, ParseAdditive(), at, begin);
      } else if (IsKeyword(t, "ENDS")) {
        Advance();
        if (!ExpectKeyword("WITH")) break;
        left = Binary("ENDS WITH", left, ParseAdditive(), at, begin);
      } else if (IsKeyword(t, "CONTAINS")) {
        Advance();
        left = Binary("CONTAINS", left, ParseAdditive(), at, begin);
      } else if (IsSymbol(t, "=~")) {
        Advance();
        left = Binary("=~", left, ParseAdditive(), at, begin);
      } else if (IsKeyword(t, "IS")) {
        Advance();
        bool negated = Keyword("NOT");
        if (!ExpectKeyword("NULL")) break;
        auto e = New(negated ? Expr::Kind::kIsNotNull : Expr::Kind::kIsNull, at);
        e->args = {left};
        Finish(e, begin);
        left = e;
      } else {
        break;
      }
    }
    return left;
  }
  ExprPtr ParseAdditive() {
    size_t begin = Cur().begin;
    Token at = Cur();
    ExprPtr left = ParseMultiplicative();
    while (!failed_ && (IsSymbol(Cur(), "+") || IsSymbol(Cur(), "-"))) {
      std::string op = Cur().text;
      Advance();
      left = Binary(op, left, ParseMultiplicative(), at, begin);
    }
    return left;
  }
  ExprPtr ParseMultiplicative() {
    size_t begin = Cur().begin;
    Token at = Cur();
    ExprPtr left = ParsePower();
    while (!failed_ && (IsSymbol(Cur(), "*") || IsSymbol(Cur(), "/") || IsSymbol(Cur(), "%"))) {
      std::string op = Cur().text;
      Advance();
      left = Binary(op, left, ParsePower(), at, begin);
    }
    return left;
  }
  ExprPtr ParsePower() {
    size_t begin = Cur().begin;
    Token at = Cur();
    ExprPtr left = ParseUnary();
    while (!failed_ && IsSymbol(Cur(), "^")) {
      Advance();
      left = Binary("^", left, ParseUnary(), at, begin);
    }
    return left;
  }
  ExprPtr ParseUnary() {
    size_t begin = Cur().begin;
    Token at = Cur();
    if (IsSymbol(Cur(), "-") || IsSymbol(Cur(), "+")) {
      bool negate = Cur().text == "-";
      Advance();
      if (++depth_ > 200) {
        Fail("a less deeply nested expression");
        return nullptr;
      }
      ExprPtr inner = ParseUnary();
      --depth_;
      if (!negate) return inner;
      auto e = New(Expr::Kind::kNegate, at);
      e->args = {inner};
      Finish(e, begin);
      return e;
    }
    return ParsePostfix();
  }
  ExprPtr ParsePostfix() {
    size_t begin = Cur().begin;
    Token at = Cur();
    ExprPtr e = ParseAtom();
    while (!failed_) {
      if (IsSymbol(Cur(), ".")) {
        Advance();
        auto p = New(Expr::Kind::kProperty, at);
        p->name = ParseSymbolicName("a property name");
        p->args = {e};
        Finish(p, begin);
        e = p;
      } else if (IsSymbol(Cur(), "[")) {
        Advance();
        ExprPtr first, second;
        bool slice = false;
        if (!IsSymbol(Cur(), "..")) first = ParseExpr();
        if (failed_) break;
        if (Symbol("..")) {
          slice = true;
          if (!IsSymbol(Cur(), "]")) second = ParseExpr();
        }
        if (failed_ || !ExpectSymbol("]")) break;
        auto x = New(slice ? Expr::Kind::kSlice : Expr::Kind::kIndex, at);
        x->args = {e, first, second};
        if (!slice) x->args.resize(2);
        Finish(x, begin);
        e = x;
      } else if (IsSymbol(Cur(), ":") && e && e->kind == Expr::Kind::kVariable) {
        auto x = New(Expr::Kind::kHasLabels, at);
        x->args = {e};
        while (Symbol(":")) {
          x->keys.push_back(ParseSymbolicName("a label"));
          if (failed_) break;
        }
        Finish(x, begin);
        e = x;
      } else {
        break;
      }
    }
    return e;
  }

  ExprPtr ParseAtom() {
    size_t begin = Cur().begin;
    Token t = Cur();
    switch (t.kind) {
      case Token::Kind::kInt: {
        Advance();
        auto e = New(Expr::Kind::kLiteral, t);
        e->value = Value::Int(t.int_value);
        Finish(e, begin);
        return e;
      }
      case Token::Kind::kFloat: {
        Advance();
        auto e = New(Expr::Kind::kLiteral, t);
        e->value = Value::Double(t.float_value);
        Finish(e, begin);
        return e;
      }
      case Token::Kind::kString: {
        Advance();
        auto e = New(Expr::Kind::kLiteral, t);
        e->value = Value::String(t.text);
        Finish(e, begin);
        return e;
      }
      case Token::Kind::kParam: {
        Advance();
        auto e = New(Expr::Kind::kParam, t);
        e->name = t.text;
        Finish(e, begin);
        return e;
      }
      case Token::Kind::kQuotedIdent: {
        Advance();
        auto e = New(Expr::Kind::kVariable, t);
        e->name = t.text;
        Finish(e, begin);
        return e;
      }
      case Token::Kind::kSymbol:
        if (t.text == "(") return ParseParenthesized();
        if (t.text == "[") return ParseListOrComprehension();
        if (t.text == "{") {
          auto e = New(Expr::Kind::kMap, t);
          for (auto& [k, v] : ParseMapEntries()) {
            e->keys.push_back(k);
            e->args.push_back(v);
          }
          Finish(e, begin);
          return e;
        }
        break;
      case Token::Kind::kIdent: {
        if (IsKeyword(t, "TRUE") || IsKeyword(t, "FALSE")) {
          Advance();
          auto e = New(Expr::Kind::kLiteral, t);
          e->value = Value::Bool(IsKeyword(t, "TRUE"));
          Finish(e, begin);
          return e;
        }
        if (IsKeyword(t, "NULL")) {
          Advance();
          auto e = New(Expr::Kind::kLiteral, t);
          Finish(e, begin);
          return e;
        }
        if (IsKeyword(t, "CASE")) return ParseCase();
        if (IsKeyword(t, "EXISTS") && IsSymbol(PeekTok(1), "{")) {
          Advance();
          Advance();
          auto e = New(Expr::Kind::kExists, t);
          Keyword("MATCH");
          e->pattern = std::make_shared<PathPattern>(ParsePattern(false));
          if (failed_) return e;
          if (Keyword("WHERE")) e->where = ParseExpr();
          if (failed_ || !ExpectSymbol("}")) return e;
          Finish(e, begin);
          return e;
        }
        if (IsKeyword(t, "EXISTS") && IsSymbol(PeekTok(1), "(") && IsSymbol(PeekTok(2), "(")) {
          Advance();
          Advance();
          auto e = New(Expr::Kind::kExists, t);
          e->pattern = std::make_shared<PathPattern>(ParsePattern(false));
          if (failed_ || !ExpectSymbol(")")) return e;
          Finish(e, begin);
          return e;
        }
        if (IsSymbol(PeekTok(1), "(")) return ParseFunction();
        if (IsReserved(t)) break;
        Advance();
        auto e = New(Expr::Kind::kVariable, t);
        e->name = t.text;
        Finish(e, begin);
        return e;
      }
      default:
        break;
    }
    Fail("an expression");
    return nullptr;
  }

  ExprPtr ParseFunction() {
    size_t begin = Cur().begin;
    Token t = Cur();
    Advance();  // name
    Advance();  // (
    if (absl::EqualsIgnoreCase(t.text, "count") && IsSymbol(Cur(), "*")) {
      Advance();
      if (!ExpectSymbol(")")) return nullptr;
      auto e = New(Expr::Kind::kCountStar, t);
      Finish(e, begin);
      return e;
    }
    auto e = New(Expr::Kind::kFunction, t);
    e->name = absl::AsciiStrToLower(t.text);
    if (Keyword("DISTINCT")) e->distinct = true;
    if (!IsSymbol(Cur(), ")")) {
      do {
        ExprPtr arg = ParseExpr();
        if (failed_) return e;
        e->args.push_back(arg);
      } while (Symbol(","));
    }
    if (!ExpectSymbol(")")) return e;
    Finish(e, begin);
    return e;
  }

  ExprPtr ParseCase() {
    size_t begin = Cur().begin;
    Token t = Cur();
    Advance();
    auto e = New(Expr::Kind::kCase, t);
    if (!IsKeyword(Cur(), "WHEN")) {
      e->args.push_back(ParseExpr());
    } else {
      e->args.push_back(nullptr);
    }
    if (failed_) return e;
    if (!IsKeyword(Cur(), "WHEN")) {
      Fail("WHEN");
      return e;
    }
    while (Keyword("WHEN")) {
      e->args.push_back(ParseExpr());
      if (failed_ || !ExpectKeyword("THEN")) return e;
      e->args.push_back(ParseExpr());
      if (failed_) return e;
    }
    if (Keyword("ELSE")) {
      e->has_else = true;
      e->args.push_back(ParseExpr());
      if (failed_) return e;
    }
    if (!ExpectKeyword("END")) return e;
    Finish(e, begin);
    return e;
  }

  ExprPtr ParseListOrComprehension() {
    size_t begin = Cur().begin;
    Token t = Cur();
    Advance();  // [
    if ((Cur().kind == Token::Kind::kIdent || Cur().kind == Token::Kind::kQuotedIdent) && !IsReserved(Cur()) &&
        IsKeyword(PeekTok(1), "IN")) {
      auto e = New(Expr::Kind::kComprehension, t);
      e->name = Cur().text;
      Advance();
      Advance();
      e->args.resize(3);
      e->args[0] = ParseExpr();
      if (failed_) return e;
      if (Keyword("WHERE")) e->args[1] = ParseExpr();
      if (failed_) return e;
      if (Symbol("|")) e->args[2] = ParseExpr();
      if (failed_ || !ExpectSymbol("]")) return e;
      Finish(e, begin);
      return e;
    }
    auto e = New(Expr::Kind::kList, t);
    if (!IsSymbol(Cur(), "]")) {
      do {
        e->args.push_back(ParseExpr());
        if (failed_) return e;
      } while (Symbol(","));
    }
    ExpectSymbol("]");
    Finish(e, begin);
    return e;
  }

  ExprPtr ParseParenthesized() {
    size_t begin = Cur().begin;
    Token t = Cur();
    // A pattern predicate: (a)-[:X]->(b). Try it first, backtrack to an expression otherwise.
    size_t saved = pos_;
    size_t saved_end = prev_end_;
    {
      PathPattern p;
      ParseChain(&p);
      if (!failed_ && !p.rels.empty()) {
        auto e = New(Expr::Kind::kExists, t);
        e->pattern = std::make_shared<PathPattern>(std::move(p));
        Finish(e, begin);
        return e;
      }
      failed_ = false;
      error_ = absl::OkStatus();
      pos_ = saved;
      prev_end_ = saved_end;
    }
    Advance();
    ExprPtr inner = ParseExpr();
    if (failed_) return inner;
    ExpectSymbol(")");
    return inner;
  }

 private:
  absl::string_view text_;
  std::vector<Token> tokens_;
  size_t prev_end_ = 0;
  int depth_ = 0;
};

}  // namespace

absl::StatusOr<Query> ParseCypher(absl::string_view text) {
  Lexer lexer(text);
  Parser parser(text, lexer.Run());
  return parser.ParseQuery();
}

}  // namespace kg::query
