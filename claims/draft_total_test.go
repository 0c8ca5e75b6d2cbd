package claims

import "testing"

// TestDraftRunningTotal drafts a running total the package brings money
// to, or a total stated as such, and the parts a sentence lists of it: a
// package of its own, with those allocations when the parts are listed.
func TestDraftRunningTotal(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			// mhclg-2020: "it brings the total … to £6.4 billion. This
			// includes £4.6 billion …, £1.1 billion …".
			text: "The government has announced £2m for libraries in Kent.\n\nIt brings the total given to libraries this year to £9m.\n\nThis includes £5m for new books and £3m from the reading fund.\n",
			want: []string{"package £2m", "package £9m; share £5m; share £3m", "claim £2m package"},
		},
		{
			// A running total broken down nowhere is a package of its own
			// all the same (newhamrecorder-2020), so that it has a place.
			text: "The government has announced £2m for libraries in Kent.\n\nIt brings the total given to libraries this year to £9m.\n",
			want: []string{"package £2m", "package £9m", "claim £2m package"},
		},
		{
			// One the package, named by a noun of money, takes money to
			// with no parts listed is the level its money comes to, in no
			// field (westerntelegraph-2020, localgov-2016).
			text: "The government has announced £2m for libraries in Kent.\n\nThis latest package takes the total given to libraries this year to £9m.\n",
			want: []string{"package £2m", "claim £2m package"},
		},
		{
			text: "The government has announced £2m for libraries in Kent.\n\nThis latest package takes the total given to libraries this year to £9m.\n\nThis includes £5m for new books and £3m from the reading fund.\n",
			want: []string{"package £2m", "package £9m; share £5m; share £3m", "claim £2m package"},
		},
		{
			// Words between "its" and "total".
			text: "The government has announced £2m for libraries in Kent.\n\nKent’s £2m share takes its library funding total to £7.25m.\n",
			want: []string{"package £2m", "package £7.25m", "claim £2m package"},
		},
		{
			// A total stated as such: "The total of … is".
			text: "The government has announced £2m for libraries in Kent.\n\nThe total of government funding for libraries is £1.2bn.\n",
			want: []string{"package £2m", "package £1.2bn", "claim £2m package"},
		},
		{
			// The total a top-up brings money to is where that package's
			// change goes, not a package of its own (publicsectorexecutive-2021).
			text: "The government has announced £2m for libraries in Kent.\n\nA further £3m for mobile libraries has been confirmed, taking the total to £12m.\n",
			want: []string{"package £2m", "package £3m", "claim £2m package"},
		},
		{
			// A speaker's running total is their claim's.
			text: "The government has announced £2m for libraries in Kent.\n\nThe minister said: “It brings the total given to libraries this year to £9m.”\n",
			want: []string{"package £2m", "claim £2m package", "claim £9m level"},
		},
		{
			// Neither a total brought to a sum nor one stated as such.
			text: "The government has announced £2m for libraries in Kent.\n\nThe total cost of the new library in Dover is £6m.\n",
			want: []string{"package £2m", "claim £2m package"},
		},
		{
			// Parts adding up to more than the total are not its parts.
			text: "The government has announced £2m for libraries in Kent.\n\nIt brings the total given to libraries this year to £9m.\n\nThis includes £6m for new books and £4m from the reading fund.\n",
			want: []string{"package £2m", "package £9m", "claim £2m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}

// TestDraftRunningTotalOfKnown drafts no package for a running total
// that is the headline plus a package drafted before it
// (lancashiretelegraph-2024: "This brings the total amount provided by …
// community fund to £215,000" after £125,000 and £90,000), and still
// drafts one for a total the record's money does not add up to
// (newhamrecorder-2020's "brings its extra funding total to
// £24,199,162").
func TestDraftRunningTotalOfKnown(t *testing.T) {
	const lede = "The police commissioner has awarded a further £50,000 to a range of projects across the county.\n\n" +
		"This latest award of funding follows £30,000 provided earlier this year for summer projects. "
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "This brings the total amount provided by the commissioner’s community fund to £80,000.\n",
			want: []string{"package £50,000", "package £30,000"},
		},
		{
			text: lede + "This brings the total amount provided by the commissioner’s community fund to £95,000.\n",
			want: []string{"package £50,000", "package £30,000", "package £95,000"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
