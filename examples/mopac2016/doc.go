// Mopac2016 fact-checks the Mayor of London's press release of 28 November
// 2016, "Mayor invests £4 million to help tackle sexual violence", with the
// fundclaims packages.
//
// It models the release as a claims.Record: the money as the notes to
// editors itemise it (£1,260,000 for four Rape Crisis Centres, £2,165,000
// for three Sexual Assault Referral Centres, a £100,000 development budget
// and £70,000 for an interpreter service), an extension of existing funding
// for an additional year until March 2018, and the release's two statements
// of its size: "more than £4 million" in its first sentence and "£4 million"
// in its title. It prints what package funding works out from the record,
// then the text report of every finding of claims.Assess:
//
//   - each centre's share, to the penny, adding up exactly: £315,000 per Rape
//     Crisis Centre; £721,666.67, £721,666.67 and £721,666.66 for the three
//     referral centres;
//   - the itemised total, £3,595,000, at least £405,000 short of "more than
//     £4 million", so the headline is not supported by the itemisation;
//   - the money is an extension of existing funding, not new money, for the
//     financial year 2017-18;
//   - the money per adult against the release's "around 24,000 adults" a
//     year: about £166.67 on the headline's £4m, and about £149.79 on the
//     itemised £3,595,000, which is what the record supports.
//
// # Usage
//
// From the root of the module:
//
//	go run ./examples/mopac2016
//
// With -json it prints the record instead, as the JSON that
// examples/factcheck reads (examples/factcheck/testdata/mopac2016.json is
// that output):
//
//	go run ./examples/mopac2016 -json
package main
