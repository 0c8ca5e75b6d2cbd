// Package fundclaims models public-funding announcements and the political
// claims made about them, with exact money arithmetic and findings written in
// well-formatted GBP.
//
// Journalists and fact-checkers read sentences such as "a £2.4m package of
// support has been announced", "the mayor coughing up £2m" or "an investment
// of more than £4 million" whose notes itemise £3,595,000. fundclaims lets a
// Go program write such a story down as typed data and get back precise
// findings: what an itemisation adds up to, how far "£2m" is from £2.4m, what
// a £4.5m counterproposal is against a £2.4m package, what the money is per
// case, and whether it is new money.
//
// This package holds only documentation. The work is done by three packages,
// whose imports point one way, claims → funding → currency:
//
//   - [github.com/fundclaims/fundclaims/currency] knows money: exact amounts
//     in ISO 4217 currencies, rounding, sharing an amount without losing a
//     penny, reading what people write ("£2.4m", "more than £4 million") and
//     formatting GBP.
//   - [github.com/fundclaims/fundclaims/funding] knows the record: packages,
//     allocations, funders, UK financial years, whether money is new,
//     reconciliation of headlines with itemisations, rates per case, and the
//     360Giving grants-data standard.
//   - [github.com/fundclaims/fundclaims/claims] knows what people said about
//     the record and weighs it against it, with verdicts, plain-English
//     explanations, text and Markdown reports and schema.org ClaimReview;
//     it also drafts a record from the text of an article (DraftRecord).
//
// # A short example
//
// Parse what was said, do exact arithmetic and format the result:
//
//	stated := currency.MustParseFigure("£2m") // "the mayor coughing up £2m"
//	pkg := currency.MustParse("£2,400,000")
//	gap, _ := pkg.Sub(stated.Nominal())
//	fmt.Println(gap.Format(currency.Short)) // £400k
//
// The programs under examples/ model the two source stories end to end:
//
//	go run ./examples/london2025
//	go run ./examples/mopac2016
//
// and examples/factcheck checks a story written as JSON without any Go, or
// drafts the record from an article's plain text first (factcheck -article,
// through claims.DraftRecord), each drafted value with the words it was
// read from, for a person to check.
package fundclaims
