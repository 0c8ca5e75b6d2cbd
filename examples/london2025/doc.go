// London2025 fact-checks the 2025 exchange over London's £2.4m package of
// support for victims and survivors of child sexual exploitation (CSE), as
// BBC News reported it, with the fundclaims packages.
//
// It models the story as a claims.Record: the package as the mayor
// announced it (£2.4m of new money for advocacy, counselling and
// therapeutic support, not itemised) with the Met's counts of cases; the
// events that "too late" refers to, undated because the article gives no
// dates; and the claims, as a thread answering the mayor's announcement:
// Susan Hall's "too little, too late" and her "fully-costed proposal for a
// £4.5m inquiry" against "the mayor coughing up £2m", the victims'
// commissioner's "victims and survivors first", and the Met's "about
// 9,000", "2,200" reviewed, "about 1,200" in scope and "threefold increase
// in solved cases". It prints what package funding works out from the
// record, then the text report of every finding of claims.Assess, which
// shows that:
//
//   - "£2m" understates the £2.4m package by £400,000 (16.7%), though it is
//     what £2.4m rounds to at the nearest £1m;
//   - the £4.5m inquiry is 1.875 times the package and £2.1m more, but for a
//     different purpose: not like for like;
//   - the "threefold increase in solved cases" cannot be checked without
//     base figures;
//   - about 1,200 in scope of 2,200 reviewed is about 55%;
//   - £2.4m over about 1,200 cases in scope is about £2,000 per case.
//
// "Too little", "too late" and the endorsement are judgements: their
// findings have the verdict opinion and give the evidence that bears on
// them instead.
//
// # Usage
//
// From the root of the module:
//
//	go run ./examples/london2025
//
// With -json it prints the record instead, as the JSON that
// examples/factcheck reads (examples/factcheck/testdata/london2025.json is
// that output), a starting point for modelling another story:
//
//	go run ./examples/london2025 -json
package main
