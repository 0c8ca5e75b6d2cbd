package claims

import "testing"

// TestDraftFurtherListed drafts further money that "also" brings in, after
// a sentence that drafted a part of the package and within what the
// package's whole has left, as the next part of the list ("There is also
// a further £15 million to spend this year on … our court buildings"
// after "An extra £30 million will be spent on prisons …", of a £52
// million package), and further money "also" brings in with no part
// drafted before it as money beside the package, a package of its own.
func TestDraftFurtherListed(t *testing.T) {
	const lede = "Roads budget\n\nThe county council will be investing an additional £10 million in its roads this year.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "An extra £4 million will be spent on potholes this year.\n\nThere is also a further £2 million to spend on the repair of bridges.\n",
			want: []string{"package £10m; share £4m; share £2m"},
		},
		{
			text: lede + "A sum of £3 million will be spent on resurfacing.\n\nThe council also has a further £1 million for cycle lanes.\n",
			want: []string{"package £10m; share £3m; share £1m"},
		},
		{
			// No part drafted before it: money beside the package.
			text: lede + "The council also has a further £2 million for bridges.\n",
			want: []string{"package £10m", "package £2m"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
