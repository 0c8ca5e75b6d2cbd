// Factcheck weighs the claims of a record against its money and writes the
// assessment, for a fact-checker to point at their own story without
// writing Go.
//
// It reads a record of packages, events and claims as JSON from a file, or
// from standard input, or drafts one from the text of an article with
// -article, assesses it with claims.Assess, and writes the result to
// standard output in one of these formats:
//
//	text         a plain-text report (the default): claims.WriteText
//	md           a Markdown report: claims.WriteMarkdown
//	claimreview  schema.org ClaimReview JSON-LD, one review per claim rated
//	             true or false: claims.WriteClaimReviews
//	360giving    the packages as a 360Giving Data Standard grants file
//	record       the record itself as JSON, in the format factcheck reads
//	             (with -article, the drafted record: see Drafting from an
//	             article)
//	draft        with -article only: the whole claims.Draft as JSON, the
//	             record with where each value was read and the notes
//	html         a self-contained HTML page: each claim with its overall
//	             verdict, each finding with its verdict and a bar chart of
//	             the figures it involves (HTML labels, inline SVG bars, a
//	             text alternative giving every value), the claims'
//	             ClaimReview JSON-LD in <script type="application/ld+json">,
//	             no other script and nothing fetched from elsewhere; it
//	             reads on a phone (text of 12px or more, tables inside
//	             their cards) and its colours meet WCAG AA contrast
//
// # Usage
//
// From the root of the module:
//
//	go run ./examples/factcheck examples/factcheck/testdata/london2025.json
//	go run ./examples/factcheck -format md examples/factcheck/testdata/mopac2016.json
//	go run ./examples/factcheck -format claimreview < examples/factcheck/testdata/mopac2016.json
//	go run ./examples/factcheck -format html examples/factcheck/testdata/london2025.json > london2025.html
//
// The flags:
//
//	-format f          text, md, claimreview, 360giving, html, record or draft
//	-article file      draft the record from the plain text of a news article
//	                   or press release ("-" for standard input) rather than
//	                   read a record
//	-article-url u     with -article, the address the article was read from,
//	                   which the drafted record cites
//	-article-publisher name
//	                   with -article, the body that issued it, as it names
//	                   itself ("Welsh Government"), whose claims a press
//	                   release's own sentences are
//	-article-date date with -article, the date it was published, YYYY-MM-DD,
//	                   if its text prints none
//	-publisher name    the fact-checking organisation, for ClaimReview
//	                   (default "Example Fact Check")
//	-publisher-url u   its home page (default https://factcheck.example.org/)
//	-url u             the address of the published fact-check; each review's
//	                   url is u with the finding's anchor as its fragment
//	                   (default https://factcheck.example.org/factcheck)
//	-published date    the date the fact-check is published, YYYY-MM-DD,
//	                   for ClaimReview (default today, in UTC)
//	-tolerance p       the rounding tolerance in per cent (default 10)
//	-title t           the title of the HTML page (default "Fact check")
//	-prefix p          your organisation's 360Giving prefix, such as
//	                   360G-yourorg, required for -format 360giving: grant
//	                   ids, and organisation ids the record lacks, are
//	                   written under it
//	-max-input n       the largest record to read, in MiB (default 64)
//	-grants DB         a grants store, a SQLite file or a postgres:// URL,
//	                   to weigh packages citing grants data against (see
//	                   Grants data as evidence)
//
// Factcheck reads the whole record into memory, so that it can name the
// line and column of a problem, and so it reads at most 64 MiB: a larger
// input, or an endless one such as /dev/zero, is an error naming the input
// and the limit. A file over the limit is refused unread; standard input
// and devices are read no further than one byte past it, which takes
// memory of up to about twice the limit (164 MiB of resident memory for
// /dev/zero at the default). -max-input raises the limit for a larger
// record.
//
// The defaults for ClaimReview are placeholders on example.org, the domain
// reserved for examples: set them before publishing.
//
// Factcheck renders all of its output before writing any, so that standard
// output gets the whole of it or nothing. A record it cannot read or
// assess is an error on standard error, one line for each problem in the
// file (each field of a claim and each of its assertions that cannot be
// read, not only the first), naming the file, the line and the column
// (counted in characters, from 1), and the JSON path of the value at fault
// where it is known:
//
//	record.json:19:19: packages[0].novelty: funding: ParseNovelty("newish"): invalid syntax: ...
//	record.json:150:21: claims: claim "hall": claims[0].respondsTo: not found: no claim "mayor" in the record
//
// The exit status is 0 on success and for -h (which prints the usage on
// standard error), 1 for a record that cannot be read or assessed, and 2
// for bad flags.
//
// # Drafting from an article
//
// With -article, factcheck reads the plain text of a UK news article or
// press release (at most -max-input MiB, as a record) and drafts the
// record from it with claims.DraftRecord: the package with its headline,
// funder, announcer, novelty, period and allocations, its measures, and a
// claim for each quotation with its speaker and what it asserts. It then
// assesses the draft and writes the report in the chosen format:
//
//	go run ./examples/factcheck -article claims/testdata/articles/gla-2016-mopac-sexual-violence-4m.txt
//
// The report begins by saying that the record is a draft no person has
// read, and names each package that a verdict is weighed against whose
// headline the drafter inferred or guessed, rather than read from
// announcing words ("has announced a £2.4m package"): on articles its
// rules were not written from, such a headline has been the right one
// fewer than one time in three. In text and Markdown it is the report's
// first paragraph; the other formats are data, and it goes to standard
// error.
//
// The drafter's notes, what it read but could not place and what a
// person should check, go to standard error, one a line at the line and
// column of the words they are about:
//
//	story.txt:9:29: note: “£2.4m”: a figure whose role its words do not give
//
// so that -format record writes only the drafted record, in the format
// factcheck reads, for a person to correct and run again:
//
//	go run ./examples/factcheck -article story.txt -format record > story.json
//	(edit story.json)
//	go run ./examples/factcheck story.json
//
// -format draft writes the whole draft instead: the record, a field for
// every drafted value (its JSON path, the byte offsets of the words it was
// read from, and whether it was explicit, inferred or guessed), and the
// notes.
//
// A press release often never names the body that issues it: "Funding of
// £16m will be allocated to Local Health Boards" is the Welsh
// Government's, but only its web address says so. -article-publisher
// names it (claims.DraftRecordFrom), and the release's own sentences are
// its claims, where without it their speaker is "unknown speaker" with a
// note to set it; -article-url and -article-date are cited as the
// drafted packages' and claims' source:
//
//	go run ./examples/factcheck -article release.txt -article-publisher "Welsh Government" -article-url https://www.gov.wales/... -format record
//
// Text that is not text (invalid UTF-8, a NUL byte) is an error
// naming the file; text that states no money drafts an empty record, with
// a note.
//
// # The record
//
// A record is the JSON form of claims.Record: one object with three arrays,
// each optional. examples/factcheck/testdata holds the records of the two
// source stories, which the programs examples/london2025 and
// examples/mopac2016 print with -json.
//
//	{"packages": [...], "events": [...], "claims": [...]}
//
// Throughout:
//
//   - Money is an object with the amount as a decimal string, never a JSON
//     number, and the ISO 4217 currency code:
//     {"amount": "1260000.00", "currency": "GBP"}.
//   - A figure is money as someone stated it, in their words, which keep its
//     bound and precision: "£2.4m", "more than £4 million", "about £9bn",
//     "between £3m and £5m", "£1,260,000".
//   - A count is a number of things in words, with its qualifier: "4",
//     "2,200", "about 9,000", "more than 2,000".
//   - A date is "YYYY-MM-DD". A date the sources do not give is left out:
//     nothing is invented.
//   - A span locates words in a claim's quote by byte offsets of its UTF-8
//     text, {"start": 131, "end": 135}; "£" is two bytes. Spans are
//     optional.
//   - Leave out what the sources do not say. A field the format does not
//     have is an error, so that a misspelt key is not silently lost.
//
// A package ("packages") is an announcement of money, funding.Package:
//
//	id           string, required: what claims and events call it
//	title        string
//	funder       {"name": string, required; "id": org-id.guide identifier
//	             such as "GB-CHC-1164021", optional}; required
//	announcedBy  {"name": string, "role": string}
//	announced    date
//	headline     figure: the total as announced
//	period       {"start": date, "end": date}: when the money is for
//	novelty      "new", "extension", "re-announcement" or "reallocation"
//	kind         "services", "development", "inquiry", "research" or "capital"
//	purposes     [string]: what it is for, in the source's words
//	sources      [source]
//	allocations  [allocation]: the itemisation
//	measures     [{"count": count, "noun": string, both required;
//	             "unit": string, one of what is counted, for money per head;
//	             "note": string}]: counts of the people or cases it is for
//	milestones   [{"event": string, required; "date": date;
//	             "wording": string}]
//	change       {"from", "to", "by": figure; "cut": bool; "percent":
//	             decimal string; "realBy": figure, "realPercent": decimal
//	             string, "realCut": bool, the change in real terms; "of":
//	             package id; "relation": "tops up", "replaces" or
//	             "re-announces"; "recycled": figure}: how it changes an
//	             earlier level of money; a "relation" with no "of" is of a
//	             level the record holds no package for
//
// For example, the Mayor's "additional £11.6m ... In total an
// unprecedented £237m" (testdata/real/gla-2018-boroughs-11-6m-top-up.json)
// tops up the boroughs' earlier money, which is no package of the record:
//
//	"headline": "£11.6m",
//	"change": {"by": "£11.6m", "to": "£237m", "relation": "tops up"}
//
// and the findings on a package that a later one changes say so ("It was
// later topped up by the package “ae-top-up-2013”, announced as “£150m”,
// by £150m, bringing the total to £400m."). A claim in real terms is
// weighed against the change in real terms the record states, as the
// schools budget's "2.1 per cent, so 0.1 per cent in real terms"
// (testdata/real/pupil-premium-2011-doubling-real-terms.json):
//
//	"change": {"percent": "2.1", "realPercent": "0.1"}
//
// An allocation is one line of the itemisation, funding.Allocation:
//
//	id           string, required
//	title        string
//	description  string
//	recipients   [{"name": string, "id": string}]
//	count        count: how many recipients share the amount equally
//	amount       money, required
//	purposes     [string]
//	kind         as for a package
//	period       as for a package
//	novelty      as for a package
//	awarded      date
//	regrant      a 360Giving Regrant Type code, "FRG010" to "FRG070",
//	             for money given to be granted on
//	change       as for a package, but with no "of": how this
//	             allocation's money changes an earlier level of it
//
// For example, Aberdeen's share of the 2015-16 Scottish settlement, "an
// extra £10million ... £328million in revenue funding, up from
// £318million":
//
//	{"id": "aberdeen-city", "amount": "£328million",
//	 "change": {"from": "£318million", "to": "£328million", "by": "£10million"}}
//
// A claim's level or change that names the allocation is weighed against
// its change, never the package's; one naming an allocation with no
// change is not assessed, and the finding says why.
//
// A source is {"title": string, "url": string (one of the two required),
// "publisher": string, "published": date, "grants": grants}. "grants"
// cites published 360Giving grants data as the package's evidence:
// {"funder": string, required: the funding organisation's name or
// identifier as the data gives it; "year": UK financial year, "2017-18";
// "recipient": name or identifier; "programme": title or code}.
//
// # Grants data as evidence
//
// With -grants DB (a SQLite file or a postgres:// URL, a store that
// examples/grants has loaded; a SQLite file that does not exist is an
// error, not an empty store), each package with a source citing "grants"
// is weighed against the exact total of those grants: factcheck runs the
// store's Total for the funder, year, recipient and programme cited, gives
// the package that total as its headline (setting aside any headline the
// record has, and saying so) with a source naming the store, and assesses
// the claims with claims.Assess as for any record. The text and Markdown
// reports begin with a note of the total, what it left out (grants in
// other currencies, and the negative grants, duplicates and regrants
// within it) and the SQL behind it, to run again (in Markdown, as a text
// block); for the other formats the note goes to standard error. A
// package citing no grants data is assessed as before. Without -grants, a package citing grants data is assessed
// against the record alone, and the note says its evidence was not
// consulted. testdata/grants-evidence.json cites the 2017-18 grants of the
// file examples/grants ships:
//
//	go run ./examples/grants load -db grants.db examples/grants/testdata/esmee-fairbairn.json
//	go run ./examples/factcheck -grants grants.db examples/factcheck/testdata/grants-evidence.json
//
// finds £826,486.00 in 3 grants, "more than £12 million" overstated and
// "about £800,000" accurate.
//
// An event ("events") is something that happened, which claims of lateness
// are weighed against, claims.Event:
//
//	id       string, required
//	title    string, required
//	date     date
//	wording  string: the source's words for when, if it gives no date
//	after    [event id]: events the sources say it came after
//	package  package id: the package it announced, if any
//	source   source
//
// A claim ("claims") is something someone said about the money,
// claims.Claim:
//
//	id          string, required
//	speaker     {"name", "role", "party", "org": string}; name or org required
//	when        date
//	source      source: where it was reported
//	quote       string, required: their words, verbatim
//	summary     string: a paraphrase under 75 characters, for ClaimReview
//	about       package id: the package its assertions are about by default
//	respondsTo  claim id: the claim it answers
//	stance      "supports", "disputes" or "neutral", towards respondsTo
//	assertions  [assertion]
//
// An assertion is an object with a "kind" and the fields of that kind. Every
// kind may have a "span", and "package" names the package it is about when
// that is not the claim's "about":
//
//	stated-amount    "figure": figure, required; "allocation": allocation id
//	insufficiency    "measuredAgainst": string, the speaker's words;
//	                 "needed": figure; "against": the id of a claim whose
//	                 counterproposal it is measured against;
//	                 "allocation": allocation id
//	lateness         "events": [event id]
//	counterproposal  "cost": figure, required; "proposer": string;
//	                 "purpose": string; "spending": a kind;
//	                 "period": period; "costed": true if said to be costed
//	count            "count": count and "noun": string, both required;
//	                 "measure": the noun of the package's measure to check
//	                 it against, or "allocation": the id of the allocation
//	                 whose count to check it against, for a count said
//	                 with no money: {"kind": "count", "count": "six",
//	                 "noun": "hospitals", "allocation": "first-phase"}
//	ratio            "numerator" and "denominator": each {"count": count,
//	                 "noun": string, required, "measure": measure noun};
//	                 "stated": the ratio the words give, a decimal string
//	                 ("3" for "threefold")
//	endorsement      no other fields
//
// For example, Susan Hall's rebuttal in testdata/london2025.json:
//
//	{
//	  "id": "hall-inquiry",
//	  "speaker": {"name": "Susan Hall", "party": "Conservative",
//	    "role": "leader of the Conservative Group in the London Assembly"},
//	  "quote": "City Hall Conservatives had a fully-costed proposal for a £4.5m inquiry in London into this heinous abuse - the mayor coughing up £2m after months of trying to avoid talking about it just rings hollow",
//	  "about": "london-cse-2025",
//	  "respondsTo": "mayor-2025",
//	  "stance": "disputes",
//	  "assertions": [
//	    {"kind": "counterproposal", "proposer": "City Hall Conservatives",
//	     "purpose": "inquiry", "spending": "inquiry", "cost": "£4.5m", "costed": true},
//	    {"kind": "stated-amount", "figure": "£2m"}
//	  ]
//	}
package main
