package claims

import "testing"

// TestDraftRunningTotal drafts a running total the package brings money
// to, and the parts a sentence lists of it: a package of its own with
// those allocations when the parts are listed, and a note otherwise.
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
			// A running total broken down nowhere has no place of its own.
			text: "The government has announced £2m for libraries in Kent.\n\nIt brings the total given to libraries this year to £9m.\n",
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
