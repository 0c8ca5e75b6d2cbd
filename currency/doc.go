// Package currency knows money: exact amounts in ISO 4217 currencies,
// rounding, sharing an amount without losing a penny, reading figures the way
// people write them ("£2.4m", "more than £4 million") and formatting GBP and
// other currencies.
//
// # Amounts
//
// An [Amount] is an exact decimal sum in one currency. Make one from what
// people write with [Parse], from whole units with [Pounds] or [Pence] or
// [FromMinor], or from a shopspring decimal with [New]:
//
//	a := currency.MustParse("£2,400,000.00")
//	b := currency.Pounds(2_000_000)
//	gap, err := a.Sub(b) // £400,000.00
//
// Amounts are immutable values, safe to share between goroutines. They cannot
// be compared with ==, because one value has several spellings (£2.4 and
// £2.40): use [Amount.Equal] (which go-cmp uses too) or [Amount.Compare]. The
// zero Amount is 0 with no currency (the zero [Code], ISO 4217's XXX); it is
// the identity for [Amount.Add] and [Sum] and takes the currency of whatever
// it is added to.
//
// A [Code] is an ISO 4217 currency: [GBP], [EUR], [USD], [JPY] or any code
// [ParseCode] accepts. Codes are comparable and carry their minor unit
// (pence for GBP, none for JPY) from golang.org/x/text's ISO data.
//
// # Arithmetic and rounding
//
// Add, Sub, Sum, Compare and Ratio need operands in one currency and return a
// [*MismatchError], matching [ErrMismatch], otherwise. Add, Sub, Sum, Mul and
// MulInt are exact: they keep every digit, within the limits below. Only
// Round, RoundToMinor, Div and DivInt round, and each names its [Rounding]
// mode and its number of decimal places: HalfUp, HalfEven (banker's), HalfDown, Down, Up, Floor or Ceiling.
// Division by zero returns an error matching [ErrDivideByZero]. Ratio answers
// how many times one amount is another to 16 decimal places (£4.5m against
// £2.4m is 1.875).
//
// # Sharing money
//
// [Amount.Split] and [Amount.Allocate] share an amount in the currency's minor
// unit so that the parts always add up to the whole: £2,165,000 across three
// centres is £721,666.67, £721,666.67 and £721,666.66. Allocate shares by
// integer weights and hands the spare units to the largest remainders.
//
// # Reading amounts
//
// [Parse] reads exact amounts as people and [Amount.String] write them:
// "£2,400,000.00", "-£400,000", "€2.50", "GBP 2400000.00", and figures with
// a multiplier as the exact amounts records state ("£2.4m" is
// £2,400,000). Its doc comment gives the whole grammar. Errors are [*ParseError] values that quote the
// input, give the byte offset and wrap a sentinel ([ErrSyntax], [ErrRange],
// [ErrUnknownCurrency]) for errors.Is. Input longer than 1024 bytes is
// refused at once.
//
// # Formatting
//
// String writes an amount the way a British reader expects, exactly and
// without rounding: "£2,400,000.00", "-£400,000.00", "£166.666". Format and
// AppendFormat choose a [Style]:
//
//	Full   £2,400,000.00   every digit, at least the currency's minor ones
//	Whole  £2,400,000      minor digits left out when they are all zero
//	Short  £2.4m           newsroom style: k, m, bn, tn, one decimal place
//	Words  £2.4 million    Short with million, billion, trillion spelt out
//	ISO    GBP 2,400,000.00
//
// Short and Words are the only styles that round: to one decimal place of
// the unit, half away from zero, with a trailing ".0" dropped (£2,450,000 is
// "£2.5m", £2,000,000 is "£2m"). Thousands start at £1,000, millions at
// £1 million, billions at £1 billion and trillions at £1 trillion; below
// £1,000 (Words: below £1 million) they write the amount as Whole does.
//
// Parse reads back everything String writes. For that reason String uses the
// symbols £, €, US$ and ¥ and writes any other currency with its ISO code:
// "CHF 2.00"; the zero Amount is "XXX 0".
//
// A [Formatter] writes for another locale, chosen by a language.Tag:
// NewFormatter(language.German) writes £2,400,000 as "2.400.000,00 £". Its
// separators, group sizes, digits, minus sign and currency symbols come from
// golang.org/x/text, read once per tag and cached. Where the symbol goes
// comes from a table of the Unicode CLDR's currency patterns, which x/text
// does not export. The number itself never passes through x/text, which
// takes numbers only as machine integers or binary floating point: the
// Formatter writes the digits itself, exactly, at any size.
//
// # Figures
//
// A [Figure] is an amount as a person stated it: "£2.4m", "more than £4
// million", "between £3m and £5m", "£5m or more", "£ 2.5 billion",
// "£12bn pounds", "one and a half billion pounds". [ParseFigure] reads one;
// its doc comment gives the whole grammar. A Figure knows its [Bound] (Exact, About, AtLeast,
// MoreThan, AtMost, LessThan, Range or Nearly), its nominal value, exactly
// ("£2.4m" is £2,400,000), and the precision its wording implies: "£2m" is
// stated to the nearest £1m, "£2.4m" to £100,000, "£70k" to £1,000 and
// "£1,260,000" to £1.
//
// [Figure.Admits] answers whether an actual amount is consistent with the
// words, and [Figure.Interval] returns the amounts it admits:
//
//	£2.4m           [£2,350,000, £2,450,000)   what rounds half up to it
//	about £2.4m     [£2,160,000, £2,640,000]   the wider of that and ±10%
//	at least £4m    [£4,000,000, ∞)
//	more than £4m   (£4,000,000, ∞)
//	up to £10m      [£0, £10,000,000]
//	less than £1m   [£0, £1,000,000)
//	nearly £4m      [£3,600,000, £4,000,000)   below it, within 10%
//	£3m-£5m         [£2,500,000, £5,500,000)
//
// So "£2m" admits the £2.4m that rounds to it, while "more than £4 million"
// does not admit an itemised £3,595,000: a bound is held to its words, not
// to its rounding. An amount in another currency is never admitted. The 10%
// of About and Nearly is [ApproxTolerancePercent].
//
// [Figure.String] writes a figure back the way a careful editor would, short
// but true to its precision ("more than £4m", "£1,260,000", "between £3m and
// £5m", "30p"), and ParseFigure reads that back as an equal Figure.
// [Figure.Text] keeps the original words, which MarshalText and UnmarshalText
// use. [ExactFigure] makes the figure for an amount known from a record,
// precise to its smallest digit. Compare Figures with [Figure.Equal].
// ParseFigure refuses input longer than 256 bytes at once.
//
// A figure may state money per or over a [Term]: "£400m a year",
// "£30m annually" and "£400m-a-year" have [Figure.Per] Years(1), and
// "£2bn over five years" has [Figure.Over] Years(5). The figure's value and
// Interval are the money as stated, per term or in total; [Term.Ratio]
// tells how many of one term go into another ("over 18 months" is 3/2
// years), exactly, so that a caller can convert between them.
//
// A rate, "80p in the £1" or "up to 90p in the pound", is a Figure whose
// [Figure.Of] is the amount it is of, £1, and "£5,000 per pupil" one whose
// [Figure.Each] is "pupil": each is money per something, not an amount, and
// a caller weighing amounts should set it aside.
//
// # Finding money in prose
//
// [Find] returns every money expression in a text as a [Mention]: its byte
// offsets and its Figure, whose Text is its words, with any qualifier
// ("more than", "up to") and the second end of a range included:
//
//	ms := currency.Find("a fully-costed proposal for a £4.5m inquiry ... the mayor coughing up £2m")
//	// ms[0].Figure.Text() == "£4.5m", ms[1].Figure.Text() == "£2m"
//
// text[m.Start:m.End] is always m.Figure.Text(), and ParseFigure of it is
// m.Figure.
// Find is stricter than ParseFigure, because prose uses the same words for
// other things: numbers without a currency ("2,200 cases") are not money, ISO
// codes count only in upper case, a spaced dash is punctuation rather than a
// range, "from £3m to £5m" and "an increase of £20m to £120m" (a change and
// the level it brings) are two figures each, "handed over £2m" is not
// "over £2m", and "unhappy about £20m" is not "about £20m". Find never
// panics and runs in time linear in the length of the text.
//
// A Mention also says what Find made of the page: Converts marks an amount
// in brackets that gives the one before it in another currency ("almost €2
// billion (£1.7bn)"), and Repaired a £ that a wrongly decoded page shows as
// U+FFFD or "Â£", or a multiplier misspelt ("£23.4 millon", read as
// £23.4m: without it the figure would be £23.40). [FindIn] reads a story's bare figures with a multiplier
// ("45k", "a 310m budget") in the story's currency, and marks them Assumed.
//
// # JSON and text
//
// An Amount marshals to JSON as {"amount":"2400000.00","currency":"GBP"},
// the value as a decimal string so that no reader takes it for a binary
// floating-point number. UnmarshalJSON also accepts a JSON number and reads
// its text digit for digit. MarshalText writes "GBP 2400000.00" and
// UnmarshalText reads it back. Every form round-trips exactly.
//
// # Limits
//
// Every Amount has a magnitude of at most 10^400 and at most 400 decimal
// places ([MaxDigits] is 400), and Split and Allocate make at most 2^20
// (1,048,576) parts. These are far beyond any sum of money or any sharing of
// one; they exist so that no input can crash the process or keep it busy.
// The same limit holds on every path an amount comes in by, and every
// operation keeps to it:
//
//	Parse, UnmarshalText, UnmarshalJSON, New  error matching ErrRange
//	Add, Sub, Sum, Mul, MulInt, Div, DivInt   error matching ErrRange
//	Round, RoundToMinor                       places beyond ±400 taken as ±400
//	Split, Allocate                           error matching ErrRange
//
// Mul finds a product out of range from the sizes of its factors, before it
// multiplies, and text longer than 1024 bytes is refused before it is read.
// So whatever is accepted can be written by String, MarshalText and
// MarshalJSON in fewer than 1024 bytes and read back exactly, and no
// operation on two amounts handles more than about 2×MaxDigits digits.
//
// # Representation and speed
//
// An Amount is one exact decimal and a Code, but the decimal is held in two
// ways. Every amount whose coefficient fits in an int64 (any sum below about
// £92 quadrillion to the penny) is stored as that coefficient and a decimal
// exponent; larger ones are stored as a shopspring decimal.Decimal. The
// compact form exists because shopspring allocates a big.Int for every
// result: summing a national grants file of a million awards with
// decimal.Add costs two million allocations. With the compact form Parse,
// Add, Sum, Compare, Equal, Mul, Round, Split, Allocate and AppendFormat run
// in int64 arithmetic and do not allocate (beyond the result slice of Split
// and Allocate, their only allocation); each checks for overflow and, where
// a result would not fit, finishes exactly in decimal instead. A fuzz test
// feeds the same values to both paths and requires identical results, and
// oracle tests check both against math/big.Rat. An Amount has four fields,
// so that the compiler passes it in registers.
//
// Measured as ratios within one benchmark run on two cores: Add, Compare
// and Mul then Round(2, HalfEven) take about as long as
// github.com/govalues/decimal's (0.8 to 1.2 times), json.Unmarshal into an
// Amount about two thirds of the time encoding/json takes to read the same
// object into a govalues Decimal and a string, Sum of a million amounts is
// over 30 times faster than a loop of decimal.Add,
// Parse("£2,400,000.00") takes about 0.6 of the time of
// decimal.NewFromString("2400000.00"), and AppendFormat is over ten times
// faster than x/text's currency printer.
package currency
