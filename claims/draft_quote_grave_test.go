package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestQuotationsGraveAccent checks quotations opened by a grave accent and
// closed by a straight single mark, as old wire copy types ‘…’: after
// "said:", inside a sentence, and with an apostrophe inside the words.
func TestQuotationsGraveAccent(t *testing.T) {
	tests := []struct {
		text string
		want []string // "speaker | quote"
	}{
		{"Title\nSpeaking in the chamber, Ann Lowe said: `Councils need £50 million to keep going.'\n",
			[]string{"Ann Lowe | Councils need £50 million to keep going."}},
		{"Title\nThe council has a £5m plan.\nAnn Lowe said: `The council's plan is not enough.'\n",
			[]string{"Ann Lowe | The council's plan is not enough."}},
		{"Title\nThe council has a £5m plan.\nAnn Lowe said: `It is a start.'\nMs Lowe continued: `The reality is this - councils are being cut.'\n",
			[]string{"Ann Lowe | It is a start.", "Ann Lowe | The reality is this - councils are being cut."}},
		{"Title\nThe council has a £5m plan.\n`We will not stand for it,' said Ann Lowe.\n",
			[]string{"Ann Lowe | We will not stand for it"}},
	}
	for _, tt := range tests {
		d, err := DraftRecord(tt.text)
		if err != nil {
			t.Fatalf("DraftRecord(%q): %v", tt.text, err)
		}
		checkDraft(t, tt.text, d)
		var got []string
		for _, c := range d.Record.Claims {
			got = append(got, c.Speaker.Who()+" | "+c.Quote)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("DraftRecord(%q) claims (-want +got):\n%s", tt.text, diff)
		}
	}
}
