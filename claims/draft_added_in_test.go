package claims

import "testing"

// TestDraftAddedIn checks that further money "added in" a form of funding
// is a part of the package it is added to, titled by that form, in a
// reported statement too (thecourier-2021), though the total of
// additional funding after it is not (see totalExtra); and that money
// added to something named, or not further, is not drafted so: invented
// articles.
func TestDraftAddedIn(t *testing.T) {
	const lede = "Council settlement\n\nFinance Secretary Jane Smith has announced a £2 billion settlement for councils.\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string // the allocations' titles and amounts
	}{
		{"added in a form",
			lede + "A further £200 million will be added in one-off grants due to pressures from flooding, she said.\n",
			[]string{"one-off grants £200 million"}},
		{"added as a form, narrated",
			lede + "A further £200 million will be added as capital funding.\n",
			[]string{"capital funding £200 million"}},
		{"a total of additional funding after it",
			lede + "A further £200 million will be added in one-off grants, she said.\n\nThere will be a total of £500 million in additional funding for services, she said.\n",
			[]string{"one-off grants £200 million"}},
		{"added to something",
			lede + "A further £200 million will be added to reserves, she said.\n",
			nil},
		{"not further",
			lede + "Then £200 million will be added in one-off grants, she said.\n",
			nil},
	} {
		checkAllocations(t, tc.name, tc.text, tc.want)
	}
}
