// Package funding records announcements of public money and answers the
// questions people ask of them: how much is itemised, for whom, for when,
// whether it is new, how much per person or case, how it compares with
// another sum, and what it is worth in another year's prices.
//
// It is built on package currency: amounts are currency.Amount values,
// exact decimals that never pass through binary floating point, and a
// headline is a currency.Figure, which keeps the words it was stated in
// ("more than £4 million") and the amounts those words admit.
//
// # The record
//
// A Package is one announcement: an ID, a Title, the Funder (an Org, with
// an optional org-id.guide identifier), who announced it (AnnouncedBy) and
// when (Announced), the Headline figure, the Period it covers, its Novelty
// (New, Extension, Reannouncement, Reallocation or NoveltyUnknown), its
// Kind of spending and Purposes, its Sources, and its Allocations. An
// Allocation is one line of the itemisation: an amount for a recipient or
// a group of them, with a Count of how many share it ("four Rape Crisis
// Centres"), its own purposes, period and novelty. Its money is an exact
// Amount or, when the source gives none, a Stated figure ("up to £9bn",
// "more than £20bn", "between £6m and £7m"); it may be itemised in turn by
// its own Allocations ("£1.2bn for 35 hospitals, of which £300m for
// five"). An itemisation is of the whole unless it is marked Partial, as a
// list introduced by "including", "of which" or "among them" is. An
// allocation marked with a Regrant code is money its recipient grants on
// (360Giving's regrantType), so that totals can keep it from being counted
// twice. Counts the sources give
// of the people or cases the money is for are Measures; dated events they
// mention are Milestones. A Source is where the record's facts come from;
// one whose Grants is set cites published 360Giving grants data as the
// package's evidence (a funder, and optionally a UK financial year,
// recipient and programme), whose exact total a grants store
// (funding/grants) gives and against which claims can be weighed. Every number and date in a source has a place,
// and what a source does not say stays at its zero value: nothing is
// invented.
//
// Packages and Allocations are plain records with exported fields. Validate
// reports every problem with one at once (errors.Join of *FieldError, each
// naming the field); the question methods validate first and return those
// errors rather than answer for an invalid record. Nothing in the package
// panics on bad input except the Must functions.
//
// # Changes and baselines
//
// A Package's Change records what it does to an earlier level of money:
// its From and To levels ("from £50.1bn to £53.9bn"), the difference By
// ("an additional £9.2m"), a Cut, a Percent ("a 9% increase"), the package
// it is Of and its Relation to it (TopsUp, Replaces, Reannounces), and
// money Recycled from earlier announcements ("£1bn of it had been announced
// before"). A Relation with no Of is of a level the record holds no package
// for. RealBy, RealPercent and RealCut are the change in real terms as the
// source states it beside the cash one ("a £21.8 billion increase in cash
// terms, or £10 billion in real terms"; "2.1% in cash, 0.1% in real
// terms"), which a real-terms claim is weighed against, like with like.
// Package.Contradictions holds these figures to one another at
// their stated precision and says, one sentence each, what cannot all be
// true: a rise from £50.1bn to £53.9bn is between £3.7bn and £3.9bn, about
// 7.6%, so "a 9% increase" disagrees with it. It reports, too, an
// itemisation above its headline at any level, sub-allocation counts that
// do not add up, and profile years outside the Period: a record that
// contradicts itself gets a sentence that says so, not an error.
//
// An Allocation has a Change of its own, for one recipient's money in a
// settlement of many: "Aberdeen City Council would receive an extra
// £10million ... £328million in revenue funding, up from £318million" is
// the Aberdeen allocation's
//
//	{"id": "aberdeen-city", "amount": "£328million",
//	 "change": {"from": "£318million", "to": "£328million", "by": "£10million"}}
//
// It is checked as a package's is, at any depth, and Contradictions names
// the allocation ("aberdeen-city: the change from ..."). It names no
// package: an Of on an allocation's change is an error of Validate.
//
// # Dates, financial years and periods
//
// A Date is a calendar day with no time zone; the zero Date is unknown. A
// FiscalYear is a UK government financial year, 1 April to 31 March:
// FiscalYear(2017) is "2017-18", and ParseFiscalYear reads "2017-18",
// "2017/18", "FY2017-18" and "2017-2018" but not "2017-19". A Period is a
// span of days, either end of which may be unknown; it lists the financial
// years it touches and spreads an amount across them pro rata by days,
// exactly, with the parts adding up to the whole.
//
// A headline may state the term it is per or over (currency.Figure's Per
// and Over): "£400m a year", "£2.6bn over three years". A Package's Profile
// gives its money by financial year, as ProfileYears ("£0.3bn" in
// 2024-25). Package.ByYear gives the money by financial year: the profile
// when there is one; a per-year headline in every financial year of the
// Period, equally, not by days; otherwise the total spread by days.
//
// # Questions
//
// Package.Itemised sums the allocations. Package.Reconcile sets the
// headline against that sum and reports a Status: Matches, WithinWording
// (the headline's wording admits the sum), Unitemised (the sum falls short,
// by a Gap with least and greatest amounts) or OverAllocated. For the 2016
// MOPAC release the itemised £3,595,000 falls at least £405,000 short of
// "more than £4 million".
//
// Parts stated inexactly add up to limits, a Gap, by currency's
// Interval.Add: "more than £20bn" and "up to £9bn" are at least £20bn, and
// against "£30bn" they Overlap: they may add up to it or may not. A Partial
// itemisation is never Unitemised: its Status is Partial and its Gap the
// unnamed remainder ("the named parts, £150,000,000, are part of "£450m";
// the unnamed remainder is between £299,500,000 and £300,500,000"), or
// OverAllocated if the named parts alone exceed the headline. Every
// allocation itemised in turn is reconciled with its own figure, and its
// Count with the sum of its sub-allocations' counts (5 + 30 is not 36), in
// the Reconciliation's Nested list. Package.Lines lists the allocations at
// every depth, each with the path of titles to it ("Greater Manchester ›
// Transport") and its own reconciliation, as the reports show them.
//
// Allocation.Shares divides an allocation among its recipients exactly,
// by its own Count (£1.2bn for five hospitals is £240m each):
// £2,165,000 among three centres is £721,666.67, £721,666.67 and
// £721,666.66; DescribeShares writes them as a report shows them, in runs
// of equal ones ("36 × £2,115,013.05 + 5 × £2,115,013.04"). A Rate is an
// amount per unit with the unit named, from a total and a Count: £4m over
// around 24,000 adults is about £166.67 per adult, rounded half up to the
// penny unless the caller chooses otherwise; the Count's qualifier
// ("about", "more than") carries through to the rate.
//
// Compare sets one Spend against another: the difference, the ratio, the
// percentage change, and whether they are like for like in currency,
// purpose, kind of spending and period. £4.5m for an inquiry against £2.4m
// for victim support is 1.875 times and £2.1m more, but not like for like.
//
// # Real terms
//
// RealTerms restates an amount in another year's prices with a PriceIndex,
// a level by calendar or financial Year. The package ships no price data.
// ReadONSCSV reads the Office for National Statistics' time-series CSV
// layout (title rows, then annual rows such as "2016","100.7", then
// quarterly and monthly rows, which it skips); ReadIndexCSV reads a plain
// two-column CSV of year and level.
//
// # Interchange
//
// Write360Giving writes packages as a 360Giving Data Standard (v1.4) grants
// file that the standard's schema accepts, one grant per allocation, with
// grant ids under the publisher's own 360Giving prefix ("360G-yourorg")
// and organisation ids from the record's org-id.guide identifiers, or made
// under that prefix where it has none. Read360Giving reads such a file,
// from any publisher, back into packages, taking amountAwarded from the
// JSON number's text, exactly. What the standard has no field for travels
// in an additional "fundclaims" object, so that reading what was written
// gives back the same packages. A Package's own JSON (encoding/json, with
// money as decimal strings and figures as their words) round-trips
// exactly too; reading it reports every field it cannot read, each by its
// JSON path.
//
// Real files are untidy, and Read360Giving reads what it can of them: a
// grant it cannot read is left out and reported, one *GrantError per bad
// grant joined into the error it returns beside the packages of the
// others; what it reads past (UK-order dates such as 05/06/2014, read as
// 5 June; ids with stray spaces, trimmed; a byte-order mark) it reports to
// a warning function the caller passes, or nil to ignore them.
//
// Read360GivingCSV and Write360GivingCSV do the same for the titled-column
// CSV form most publishers use ("Identifier", "Amount Awarded", "Recipient
// Org:Identifier", ...), with the same errors and warnings. Every CSV
// reader in the package bounds a row, and so a field, to 1 MiB.
//
// The fields for inexact, partial and nested itemisations, money over time
// and changes, in a package's JSON:
//
//	"headline": "£400m a year",
//	"partial": true,
//	"allocations": [
//	  {"id": "rail", "amount": "up to £9bn"},
//	  {"id": "hospitals", "amount": "£1.2bn", "count": "35", "allocations": [
//	    {"id": "wave-1", "amount": "£300m", "count": "five"}], "partial": true}],
//	"profile": [{"year": "2024-25", "amount": "£0.3bn"}],
//	"change": {"from": "£50.1bn", "to": "£53.9bn", "by": "£3.8bn", "cut": false,
//	           "percent": "7.6", "of": "budget-2024", "relation": "tops up",
//	           "recycled": "£1bn"}
//
// # Errors
//
// Errors match the package's sentinels (ErrSyntax, ErrRange, ErrMissing,
// ErrNegative, ErrZeroCount, ErrPeriodOrder, ErrOpenPeriod, ErrDuplicate,
// ErrInexact, ErrNoLevel, ErrInvalid) or currency's (currency.ErrMismatch,
// currency.ErrDivideByZero) under errors.Is. Parsers return *ParseError;
// Validate returns *FieldError values joined; the 360Giving reader names
// the grant and field in a *GrantError; the CSV readers give a *LineError
// with the line number.
//
// ParseError has the shape of currency.ParseError (Func, Input, Offset,
// Err, and the same Unwrap and Equal) but is this package's own type, so
// that its message names the package whose function failed ("funding:
// ParseFiscalYear(...)"); claims.ParseError is the same for claims. The
// three share their sentinels, so one errors.Is test works across the
// module, and errors.As finds each by its type.
package funding
