package claims

import "testing"

// TestAlsoFunded checks that two sums given as one of several, one the
// speaker "also" funded and one given "In addition,", before other money,
// make the package's parts with no headline; and that with one of them
// the later money is still taken for the headline.
func TestAlsoFunded(t *testing.T) {
	const also = "Roads money\n\nThe Minister set out how the money will be spent.\n\nHe said:\n\n“I have also funded a £1m scheme for gully emptying.”\n\n"
	const addition = "In addition, almost £19m is being allocated for road maintenance.\n\n"
	const later = "NI Water is receiving an extra £31m in total.\n"
	tests := []struct {
		name, text string
		headline   string
		want       []string
	}{
		{"also, then in addition", also + addition + "The department has spent £31m on bridges since 2010.\n", "",
			[]string{"gully emptying £1m", "road maintenance almost £19m"}},
		{"in addition only", "Roads money\n\nThe Minister set out how the money will be spent.\n\n" + addition + later, "£31m",
			[]string{"road maintenance almost £19m"}},
	}
	for _, tt := range tests {
		checkAllocations(t, tt.name, tt.text, tt.want)
		d := checkedDraft(t, tt.text)
		if h := d.Record.Packages[0].Headline.Text(); h != tt.headline {
			t.Errorf("%s: headline of DraftRecord(%q) = %q, want %q", tt.name, tt.text, h, tt.headline)
		}
	}
}
