package claims

import "testing"

// TestPublishedByBody checks that a release a public body publishes makes
// its own sentence announcing money its claim even when it sets its
// quotations with no "X said:" line, and that a news outlet's article
// does not.
func TestPublishedByBody(t *testing.T) {
	const text = "Safer streets\n\nPolice forces across England will receive £23.5 million to make streets safer.\n\n" +
		"The Minister, Jo Bell, said: “This will help.”\n"
	tests := []struct {
		name, publisher string
		want            []string
	}{
		{"a public body", "Home Office", []string{
			"Home Office | Police forces across England will receive £23.5 million to make streets safer.",
			"Jo Bell | This will help.",
		}},
		{"a news outlet", "The Penford Post", []string{"Jo Bell | This will help."}},
	}
	for _, tt := range tests {
		checkReleaseClaims(t, tt.name, text, tt.publisher, tt.want)
	}
}
