package claims

import "testing"

// TestTrailingLede checks that a lede stating no money that names its
// announcer last, before "announced", is the announcer's claim, after a
// summary line or none; and that a lede naming no person there, or ending
// on another verb, is not.
func TestTrailingLede(t *testing.T) {
	const rest = "Jo Bell said:\n\n“The schemes will improve lives.”\n"
	const summary = "£5 million transport boost\n\n12 schemes have won funding totalling £5 million.\n\n"
	const lede = "Towns are set to benefit from transport schemes, Transport Minister Jo Bell announced today (27 June 2012)."
	tests := []struct {
		name, text string
		want       []string
	}{
		{"after a summary line", summary + lede + "\n\n" + rest,
			[]string{"unknown speaker | 12 schemes have won funding totalling £5 million.", "Jo Bell | " + lede, "Jo Bell | The schemes will improve lives."}},
		{"opening the body", "Transport boost\n\n" + lede + "\n\nThe funding totals £5 million.\n\n" + rest,
			[]string{"Jo Bell | " + lede, "unknown speaker | The funding totals £5 million.", "Jo Bell | The schemes will improve lives."}},
		{"another verb", summary + "Towns are set to benefit from transport schemes, Transport Minister Jo Bell said today.\n\n" + rest,
			[]string{"unknown speaker | 12 schemes have won funding totalling £5 million.", "Jo Bell | The schemes will improve lives."}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
