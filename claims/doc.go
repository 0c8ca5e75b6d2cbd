// Package claims models what people said about public money and weighs it
// against the record: political claims, rebuttals, endorsements and
// counterproposals as typed data, and an assessment that gives each
// assertion a verdict and explains itself in plain English with money
// formatted by package currency.
//
// It builds on package funding, which holds the record of the money
// (packages, allocations, headlines as stated, measures of the people or
// cases it is for), and on package currency, which holds exact amounts and
// figures as people state them ("£2m", "more than £4 million").
//
// # The model
//
// A Record holds funding.Packages, Events and Claims. A Claim is who said
// what, verbatim, when and where, about which package, in response to which
// claim and with what Stance (Supports, Disputes, Neutral): the claims of a
// record form threads. Its Assertions are typed values, one of seven kinds:
//
//   - StatedAmount: "the mayor coughing up £2m", a currency.Figure about a
//     package or one allocation of it;
//   - Insufficiency: "too little", with what it is measured against;
//   - Lateness: "too late", with the Events it refers to;
//   - Counterproposal: "a fully-costed proposal for a £4.5m inquiry", with
//     its proposer, purpose, kind of spending and cost;
//   - CountClaim: "about 9,000 historic cases";
//   - RatioClaim: "of 2,200 reviewed about 1,200 remained in scope", "a
//     threefold increase in solved cases";
//   - Endorsement: "victims and survivors first".
//
// Events are dated happenings; a date the sources do not give stays the
// zero funding.Date, and nothing is invented. FromQuote proposes the
// StatedAmounts of a quote, with the byte offsets of their words, so a
// record can start from text.
//
// # Verdicts
//
// Assess returns an Assessment with one Finding per assertion: its
// Verdict, the figures stated and recorded, the difference in money and
// per cent, the ratio, and a paragraph of explanation. The verdicts:
//
//   - Accurate: the record has what was said, or satisfies its bound ("at
//     least £4m" against £4,000,000);
//   - Rounded: the wording's precision admits the recorded figure and the
//     error is within the tolerance (see below);
//   - Understated, Overstated: off by more than rounding allows, with the
//     amount and per cent;
//   - NotSupported: the record cannot confirm it: a headline its own
//     itemisation falls short of (never one whose itemisation is marked
//     partial), a count the record does not hold, a ratio with no base
//     figures;
//   - NotLikeForLike: a comparison of different purposes, kinds of
//     spending, periods, terms or currencies;
//   - Opinion: a judgement (insufficiency, lateness, endorsement) or a
//     position (a counterproposal for the same thing), which has no true or
//     false verdict; the finding gives the evidence that bears on it: the
//     gap to a counterproposal, the money per case, the timeline.
//
// For the 2025 London story, Assess finds that "£2m" understates the £2.4m
// package by £400,000 (16.7%), though it is what £2.4m rounds to at the
// nearest £1m; that the £4.5m inquiry proposed instead is 1.875 times the
// package and £2.1m more, but not like for like; that "a threefold
// increase in solved cases" cannot be checked without base figures; and
// that of 2,200 cases reviewed, about 1,200 in scope is about 55%. For the
// 2016 release it finds "more than £4 million" not supported by the
// itemised £3,595,000, at least £405,000 short, and the money an extension
// of existing funding, not new money.
//
// # Tolerance
//
// An exact figure that is not what the record has is Rounded only if its
// precision admits the record and it is within Options.Tolerance per cent
// of it; DefaultTolerance is 10. "£2.4m" for £2,395,000 is Rounded;
// "£2m" for £2,400,000 is 16.7% out and Understated, though £2.4m does
// round to £2m at the nearest £1m. Percentages are of the recorded figure.
//
// # Reports
//
// WriteText and WriteMarkdown write an assessment as a report a journalist
// can paste: each claim with its speaker, quote, date and source, each
// finding with its verdict, figures, explanation and the sources of the
// record. WriteMarkdown begins with the record itself, a section per
// package: funder, announcement, headline, period and financial years,
// the allocations in a table with their total and shares, the headline
// reconciled with them, and money per head. Both write amounts in whole
// pounds where there are no pence (£3,595,000), and in full where there
// are. NewClaimReview, Assessment.ClaimReviews and WriteClaimReviews
// give schema.org ClaimReview JSON-LD for fact-check pages, as Google's
// fact-check markup guidance asks: one review per claim, rated by the
// claim's overall verdict (its lowest-rated finding), with a reviewBody
// that covers each finding; claimReviewed under 75 characters;
// itemReviewed a Claim with its author, date and appearance (with its url
// where the source has one); url the page with the claim's Anchor;
// datePublished on every review, the day the reviews are made unless
// ReviewOptions.Published says otherwise. The verdicts map to ratingValue
// from worstRating 1 to bestRating 5:
//
//	5 accurate            4 rounded
//	3 not like for like   2 understated, overstated
//	1 not supported
//
// Fact-check markup rates whether a statement is accurate, and an opinion
// is neither: an Opinion finding never decides a rating, its paragraph of
// reviewBody says "Opinion, not rated", and a claim of opinion alone
// ("too little, too late") has no ClaimReview, though the reports give its
// evidence.
//
// # JSON
//
// Records, claims and assessments round-trip through encoding/json
// exactly. Money is a decimal string in an object with its currency
// ({"amount":"2400000.00","currency":"GBP"}), figures are their words
// ("more than £4 million"), counts their words ("about 9,000"), dates
// YYYY-MM-DD, and enumerations their names ("disputes", "not like for
// like"). An assertion is an object with a "kind" ("stated-amount",
// "insufficiency", "lateness", "counterproposal", "count", "ratio",
// "endorsement") and the fields of its type; a span is byte offsets into
// the quote. A record, shortened:
//
//	{"packages": [{"id": "london-cse-2025", "funder": {"name": "Mayor of London"},
//	   "headline": "£2.4m", "novelty": "new", "kind": "services",
//	   "purposes": ["advocacy", "counselling", "therapeutic support"],
//	   "measures": [{"count": "about 1,200", "noun": "cases in scope", "unit": "case in scope"}]}],
//	 "events": [{"id": "met-reexamination", "title": "the Met announced it would re-examine cases"},
//	   {"id": "announcement", "title": "the mayor announced the £2.4m package",
//	    "package": "london-cse-2025", "after": ["met-reexamination"]}],
//	 "claims": [{"id": "hall-inquiry",
//	   "speaker": {"name": "Susan Hall", "party": "Conservative"},
//	   "quote": "... a fully-costed proposal for a £4.5m inquiry ... the mayor coughing up £2m ...",
//	   "about": "london-cse-2025", "respondsTo": "mayor-2025", "stance": "disputes",
//	   "assertions": [
//	     {"kind": "counterproposal", "proposer": "City Hall Conservatives", "purpose": "inquiry",
//	      "spending": "inquiry", "cost": "£4.5m", "costed": true},
//	     {"kind": "stated-amount", "figure": "£2m", "span": {"start": 75, "end": 79}}]}]}
//
// An allocation's "amount" is an exact amount's object or, when the source
// gives no exact amount, the figure's words; a list introduced by
// "including" or "of which" is "partial", so that the headline is weighed
// as announced and the finding gives the named share and the unnamed
// remainder, never "not supported" for the part that was not named; and an
// allocation may be itemised in turn, with its own "count":
//
//	"headline": "£30bn", "partial": true,
//	"allocations": [
//	  {"id": "roads", "amount": "more than £20bn"},
//	  {"id": "rail", "amount": "up to £9bn"},
//	  {"id": "hospitals", "amount": "£1.2bn", "count": "35", "allocations": [
//	    {"id": "wave-1", "amount": "£300m", "count": "five"},
//	    {"id": "wave-2", "amount": "£900m", "count": "30"}]}]
//
// Parts stated inexactly add up to limits, and the finding says "at least",
// "at most" or "between": "itemised at least £20bn may or may not add up to
// "£30bn"".
//
// A headline may be money per or over a term, a "profile" gives the money
// by financial year, and a "change" says what the package does to an
// earlier level of money and to which package ("of"): it "tops up",
// "replaces" or "re-announces" it, with "recycled" money announced before:
//
//	"headline": "£400m a year",
//	"period": {"start": "2024-04-01", "end": "2027-03-31"},
//	"profile": [{"year": "2024-25", "amount": "£0.3bn"}, {"year": "2025-26", "amount": "£0.6bn"}],
//	"change": {"from": "£50.1bn", "to": "£53.9bn", "by": "£3.8bn", "percent": "7.6",
//	           "of": "budget-2024", "relation": "tops up", "recycled": "£1bn"}
//
// A stated amount for one term is weighed against the record for another
// only once converted exactly ("£400m a year" over three financial years
// is £1.2bn), and the finding says so; terms that do not convert are not
// like for like. A record whose own figures disagree (a rise from £50.1bn
// to £53.9bn called "a 9% increase", a profile year outside the period,
// parts above the headline) says so in every finding that relies on the
// package, with funding's Package.Contradictions.
//
// # Errors
//
// Record.Validate reports every problem at once (errors.Join), each a
// *RecordError naming the claim, event or package at fault and the field by
// its JSON path: an assertion naming a package, allocation, measure, claim
// or event the record lacks (ErrNotFound), a claim responding to itself
// (ErrSelfResponse), claims responding to one another in a circle
// (ErrCycle), a counterproposal with no cost (ErrNoCost), a span outside
// its quote (ErrSpan). Assess validates first and never panics or guesses:
// where the record lacks what a verdict needs, the finding says so.
//
// # Performance
//
// Assess is linear in the number of assertions: it indexes packages by ID
// once, works out each package's recorded figure once, and writes
// explanations without fmt. The benchmark, over a generated record of
// 10,000 packages and 100,000 claims (and one of 10,000 claims, to show
// linearity), reports ns per assertion:
//
//	go test -run '^$' -bench Assess -count 3 ./claims
package claims
