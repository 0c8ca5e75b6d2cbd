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
//     package or one allocation of it, with its Role in the claim (the
//     package, a share of it, an amount needed, a level before or after a
//     change, the change, a rival package, a proposal's cost, an amount
//     each, another item's figure) and its Terms (cash, real terms, per
//     head);
//   - Insufficiency: "too little", with what it is measured against;
//   - Lateness: "too late", with the Events it refers to;
//   - Counterproposal: "a fully-costed proposal for a £4.5m inquiry", with
//     its proposer, purpose, kind of spending and cost, or several items
//     and their total;
//   - CountClaim: "about 9,000 historic cases", weighed against a
//     measure of the package, or "just reconfiguring six" hospitals, said
//     with no money, against the count of the allocation it names;
//   - RatioClaim: a share, multiple or change in per cent between two
//     counts or sums of money, from the record or the claim: "of 2,200
//     reviewed about 1,200 remained in scope", "a threefold increase in
//     solved cases", "a 9% increase", "two thirds of the money", "more
//     than doubled", stated as a Proportion with the precision its words
//     imply;
//   - Endorsement: "victims and survivors first".
//
// Events are dated happenings; a date the sources do not give stays the
// zero funding.Date, and nothing is invented. FromQuote proposes the
// StatedAmounts of a quote, with the byte offsets of their words and the
// role and terms the words around them give ("needed", "from … to", "more
// a year", "will get", "of the £300m", "per"), so a record can start from
// text.
//
// # Roles
//
// Only a figure of the package is weighed against the package's headline
// or itemisation: "councils needed £1.2bn" is not a statement of a £450m
// package, "from £50.1bn" is the level before the rise, "£600,000 more a
// year" is the change and "Bristol will get between £4m and £5m" a share.
// An extra sum is the money announced ("an additional £11.6m will be
// available") unless its sentence gives the total it adds to ("an
// additional £9.2m, bringing the total to £190m"), when it is the change.
// Assess reads the role of a figure whose Role is unknown from its words,
// as FromQuote does, shows it in Finding.Role and the explanation ("read
// from “needed”"), and gives a figure of any other role, or of none the
// words give, the verdict NotAssessed with the reason and the evidence
// there is (the package is £750m less than the amount said to be needed).
// A share naming its allocation is weighed against the allocation, a rival
// naming its package against that package, and the level before a change,
// the change and the level after it against the package's funding.Change
// ("from £50.1bn to £53.9bn", "an additional £9.2m"), with the basis
// FromChange; one naming an allocation against the allocation's own Change
// ("Aberdeen City Council would receive an extra £10million"), and, where
// the allocation has none, not at all: the finding says that the record
// holds no change of that allocation, rather than weigh a council's rise
// against the whole settlement's. Without one, a level after a change is weighed against the
// package, which may be the change rather than the level: a level the
// package does not match is not assessed rather than called wrong. A
// figure that carries its term ("£500m a year") is converted to the
// record's; one whose words say "a year" outside the figure is weighed
// against a package for one financial year only. A figure in real terms
// is weighed only with a price index (see Cash and real terms), and one
// per head not against a total. A stated amount with neither a Role nor a
// Span has no words to read, and is taken as the record states it: a
// figure of its package.
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
//     error is within the tolerance (see below), or a strict hedge names
//     the record's money exactly and only the hedge is off ("almost
//     £250m" for £250,000,000: a hair off, with a difference of £0);
//   - Understated, Overstated: off by more than rounding allows, with the
//     amount and per cent;
//   - NotSupported: the record cannot confirm it: a headline its own
//     itemisation falls short of (never one whose itemisation is marked
//     partial), a count the record does not hold, a ratio with no base
//     figures;
//   - NotLikeForLike: a comparison of different purposes, kinds of
//     spending, periods, terms or currencies;
//   - Inconsistent: the claim's own figures disagree, as a percentage and
//     a sum of money that imply different bases;
//   - NotAssessed: a figure that is not the package's (see Roles), or is
//     stated in terms the record cannot set against its own; the finding
//     says what the figure is and why it is not weighed;
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
// # Two sources, one item
//
// When claims from different sources (another speaker, or another
// publication) give figures for the same package or allocation that cannot
// both be right, "£4.4bn" in one and "£4.5bn" in the other, whose roundings
// do not meet, each finding lists the other claims in Finding.Disagrees and
// its explanation says who said what. Figures whose roundings meet ("about
// £4.5bn" and "£4.4bn", or "£1m" and "£1.5m") do not disagree.
//
// A figure found wrong or unlike the record whose digits are the record's
// exact amount at a thousand or a million times the scale, or a thousandth
// or a millionth of it, is said to look like a slip of scale rather than
// another figure, whatever its term: "£33,900,000 a year" printed by one
// source for the £33.9bn settlement another gives (33,900,000 × 1,000 =
// 33,900,000,000). The verdict stands, on the figure as printed.
//
// # Percentages, shares and multiples
//
// A Proportion is the words of a ratio: "9%" admits 8.5% up to 9.5%, "0.1
// per cent" 0.05% up to 0.15%, "two thirds" (no digits) what is within 10%
// of 2/3, "more than doubled" a ratio above 2, "nearly quadruple" one from
// 3.6 up to 4. Assess works the ratio out exactly, in rationals, and
// weighs the words against it as it weighs a figure against an amount:
// Accurate, Rounded within the tolerance, Understated or Overstated. A
// change in per cent and a change in money in one claim ("a 9% increase,
// £600,000 more a year") are checked against each other: with the level
// after at £20m the 9% implies a level before of £18,348,624 and the
// £600,000 one of £19.4m, and the claim is Inconsistent, its bases
// £1,051,376 apart. A real-terms ratio is worked out with the record's
// price index (Record.Prices) and funding.RealTerms, and is not assessed
// without one: a rise in cash is not a rise in real terms.
//
// # Cash and real terms
//
// A stated amount or a ratio is in cash, in real terms or per head
// (Terms), as its words say ("in real terms", "after inflation", "in
// today's prices", "cash terms", "per head") or the record sets; with no
// word it is cash, as the record's amounts are. A cash rise is never
// taken for a real-terms one: a real-terms claim is weighed only with the
// record's price index, through funding.RealTerms, in the prices of the
// later figure's financial year (for a stated amount, that of the claim's
// date), or against the change in real terms the record states
// (funding.Change's RealBy and RealPercent: "or £10 billion in real
// terms", "0.1 per cent in real terms"), and is otherwise NotAssessed. A
// cash ratio weighed with an index in the record also says what it is in
// real terms. A change in per cent with no levels in the record is weighed
// against the percentage the record's Change states, in cash or in real
// terms as the claim is.
//
// # Tolerance
//
// An exact figure that is not what the record has is Rounded only if its
// precision admits the record and it is within Options.Tolerance per cent
// of it; DefaultTolerance is 10. "£2.4m" for £2,395,000 is Rounded;
// "£2m" for £2,400,000 is 16.7% out and Understated, though £2.4m does
// round to £2m at the nearest £1m. "more than £4m", "almost £4m" and
// "less than £4m" for exactly £4,000,000 are Rounded: the money is what was
// said, and only the hedge, which strictly excludes the figure itself, is
// off by a hair. With a negative tolerance, which allows no rounding, they
// are Overstated or Understated by a hair. Percentages are of the recorded
// figure.
//
// # Reports
//
// WriteText and WriteMarkdown write an assessment as a report a journalist
// can paste: each claim with its speaker, quote, date and source, each
// finding with its verdict, figures, explanation and the sources of the
// record. WriteMarkdown begins with the record itself, a section per
// package: funder, announcement, headline, period and financial years,
// the allocations in a table with their total and shares (sub-allocations
// as rows of their own under the path of titles, "Greater Manchester ›
// Transport"), the headline reconciled with them and each allocation
// itemised in turn reconciled with its own figure, and money per head. A
// finding on an allocation itemised in turn gives its reconciliation too,
// so the text report shows every level a finding relies on. Both write amounts in whole
// pounds where there are no pence (£3,595,000), and in full where there
// are. WriteClaimReviews writes schema.org ClaimReview JSON-LD for
// fact-check pages, as Google's fact-check markup guidance asks; each
// claim's author in it, a schema.org Person (or an Organization for a
// speaker with only an Org), is made from the claim's Speaker, a
// funding.Person: people who speak are funding.Person and bodies that
// fund funding.Org, in the record and in the markup alike. It writes one
// review per claim, rated by the
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
// is neither: an Opinion finding never decides a rating, and its paragraph
// of reviewBody says "Opinion, not rated"; nor does a NotAssessed finding,
// which the record cannot weigh. A claim of opinion alone ("too little, too
// late") has no review, though the reports give its evidence.
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
// the quote. A stated amount's "role" and "terms" are their names, and are
// left out when unknown, so that Assess reads them from the words:
//
//	{"kind": "stated-amount", "figure": "£1.2bn", "role": "needed", "span": {"start": 32, "end": 38}}
//	{"kind": "stated-amount", "figure": "£2.3bn", "role": "package", "terms": "real terms"}
//
// A finding's "role" is the role Assess took, and its "disagrees" the IDs
// of claims from other sources whose figures for the same item cannot
// agree with its own: "disagrees": ["dft-release"]. A ratio's "stated" is its
// words, and each quantity names where the record holds it or what the
// claim says it is, with the financial year whose prices it is in:
//
//	{"kind": "ratio", "stated": "a 9% increase", "terms": "real terms",
//	 "numerator": {"noun": "the budget", "package": "budget-2025", "year": "2025-26"},
//	 "denominator": {"noun": "last year's budget", "amount": "£18m", "year": "2024-25"}}
//	{"kind": "ratio", "stated": "two thirds",
//	 "numerator": {"noun": "schools", "allocation": "schools"}, "denominator": {"noun": "the package", "package": "edu"}}
//
// A counterproposal of several items lists them, each with its purpose and
// cost; its "cost" is the total the speaker gives, and may be left out for
// the items' sum:
//
//	{"kind": "counterproposal", "proposer": "The opposition", "cost": "£1.8bn",
//	 "items": [{"purpose": "social care", "cost": "£1bn"}, {"purpose": "mental health", "cost": "£500m"},
//	   {"purpose": "dentistry", "cost": "£300m"}]}
//
// A record's price index is levels by year, calendar ("2024") or financial
// ("2024-25"), with its source:
//
//	"prices": {"2024-25": "100", "2025-26": "102.3"},
//	"priceSource": {"title": "GDP deflators at market prices", "publisher": "HM Treasury"}
//
// A record, shortened:
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
// "replaces" or "re-announces" it, with "recycled" money announced before.
// A "relation" with no "of" is of a level the record holds no package for:
//
//	"headline": "£400m a year",
//	"period": {"start": "2024-04-01", "end": "2027-03-31"},
//	"profile": [{"year": "2024-25", "amount": "£0.3bn"}, {"year": "2025-26", "amount": "£0.6bn"}],
//	"change": {"from": "£50.1bn", "to": "£53.9bn", "by": "£3.8bn", "percent": "7.6",
//	           "of": "budget-2024", "relation": "tops up", "recycled": "£1bn"}
//
// The findings on the earlier package say what became of it: "It was
// later topped up by the package “ae-top-up-2013”, by £150m, bringing the
// total to £400m." (the change's "to" where stated, else the sum when both
// are exact), or that it was later replaced or re-announced.
//
// A stated amount for one term is weighed against the record for another
// only once converted exactly ("£400m a year" over three financial years
// is £1.2bn), and the finding says so; terms that do not convert are not
// like for like. A record whose own figures disagree (a rise from £50.1bn
// to £53.9bn called "a 9% increase", a profile year outside the period,
// parts above the headline) says so in every finding that relies on the
// package, with funding's Package.Contradictions.
//
// # Drafting from an article
//
// DraftRecord reads the plain text of a UK news article or press release
// and drafts the Record a person would otherwise write by hand, for them
// to correct and assess: the package (its headline figure verbatim from
// the sentence announcing it, "has today announced an investment of more
// than £4 million"; its funder and announcer; its novelty, "a new £2.4m
// package" or "extended funding … for an additional year"; its period,
// "until March 2018" with the date printed on the article giving 2017-18;
// its purposes and kind), its allocations from itemising sentences ("MOPAC
// is providing £1,260,000 for the four Rape Crisis Centres …", with the
// count that makes the shares), in the narrative or in speech ("£850m of
// the one-off payment would go to …", "This includes £4m for …", "£360m
// directly from … and £370m through …"), other packages the article
// announces apart ("an extra £4.6 billion", "This means a further £3
// billion …", totalling the money just before it), its measures ("around
// 24,000 adults … each year"), and a Claim for each quotation, attributed reported
// statement and announcing sentence, with its speaker, what it asserts (a
// share naming the allocation that holds its money, where exactly one
// does, so that Assess weighs it) and its stance towards the announcement. It works by deterministic rules,
// with no model to download, in time linear in the text's length.
//
// A Draft holds the Record, a Field for every drafted value (its JSON path
// in the record format, the span of the article it was read from, and a
// Confidence: Explicit, Inferred or Guessed) and a Note for everything it
// read but could not place, such as a figure whose role its words do not
// give: nothing is dropped silently. The confidences are measured, not
// promised: on articles the rules were not written from, a headline
// drafted Explicit has been the right one about seven times in ten (105
// of 148), and one drafted Inferred about two times in five (30 of 69), so a verdict weighed
// against a drafted headline is only as good as the headline's Field says.
//
// Drafting the project's two source stories and assessing the drafts
// gives the findings of the hand-made records: "£2m" understates the £2.4m
// package by £400,000, and the itemised £3,595,000 falls at least £405,000
// short of "more than £4 million".
// Money an article announces only as parts, with no total ("an immediate
// £350m boost for this winter followed by £1.6bn more next year"), is a
// package with those allocations and no headline, and the claim quoting
// them states shares.
//
// DraftRecordFrom drafts as DraftRecord does, given what the caller knows
// of the article's source: its URL, title and date, which the draft
// cites, and, for a press release, the body that issues it, whose claims
// the release's own sentences are ("Funding of £16m will be allocated to
// Local Health Boards …", in a release that never names the Welsh
// Government), where DraftRecord leaves their speaker to set.
//
// Text that is not text (invalid UTF-8, a NUL byte) is an error; empty
// text, or text that states no money, is an empty Draft with a Note.
//
// # Errors
//
// Record.Validate reports every problem at once (errors.Join), each a
// *RecordError naming the claim, event or package at fault and the field by
// its JSON path: an assertion naming a package, allocation, measure, claim
// or event the record lacks (ErrNotFound), a claim responding to itself
// (ErrSelfResponse), claims responding to one another in a circle
// (ErrCycle), a counterproposal with no cost (ErrNoCost), a span outside
// its quote (ErrSpan), a proposal's items in different currencies
// (currency.ErrMismatch), a price level that is not positive (ErrRange).
// Assess validates first and never panics or guesses:
// where the record lacks what a verdict needs, the finding says so.
// Parsers (ParseVerdict, ParseRole, ParseProportion, ...) return a
// *ParseError of currency.ParseError's shape whose message names claims
// (see funding's package doc, "Errors"). Decoding a claim's assertions
// reads on past one it cannot read: Assertions.UnmarshalJSON returns a
// *ParseError for each, naming it by its path ("assertions[2]"), joined.
//
// # Performance
//
// Assess is linear in the number of assertions: it indexes packages by ID
// once, works out each package's recorded figure once, and writes
// explanations without fmt. The benchmark, over a generated record of
// 10,000 packages and 100,000 claims (and ones of 1,000 and 10,000 claims,
// to show linearity), reports ns per assertion:
//
//	go test -run '^$' -bench Assess -count 3 ./claims
//
// DraftRecord is linear in the length of the article; BenchmarkDraftRecord
// drafts about 1 MB of news text and reports MB/s beside
// BenchmarkDraftRecordBaselineFind, currency.Find over the same text, the
// one pass every draft makes (a draft takes ten to twenty times as long):
//
//	go test -run '^$' -bench DraftRecord -benchtime 5x ./claims
package claims
