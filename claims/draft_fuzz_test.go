package claims

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDraftRecord checks that DraftRecord never panics; that it refuses
// only text that is not text (invalid UTF-8 or a control character), with a
// *ParseError; and that for text, every Field and Note span lies inside it
// on character boundaries, every Field has a path and a confidence, and the
// drafted Record is valid and can be assessed.
func FuzzDraftRecord(f *testing.F) {
	// The stories' first lines: whole stories make each run, and the
	// shrinking of what fails, too slow for the fuzzer to explore.
	for _, path := range []string{mopacSource, londonSource} {
		text := readSource(f, path)
		n := min(len(text), 800)
		for n > 0 && n < len(text) && !utf8.RuneStart(text[n]) {
			n--
		}
		f.Add(text[:n])
	}
	f.Add("")
	f.Add("£")
	f.Add("Title £2m\n\nThe Mayor, Jo Bloggs, has announced £2m for parks until March 2026. “It is too little, too late,” said Ann Lee.")
	f.Add("The council is providing £1,000 for the three centres, including £500 for the two halls and £1.5m to support the extension of a service.")
	f.Add("about 9,000 historic cases. After reviewing 2,200 of them only about 1,200 remained in scope, she said.")
	// The rules for parts and packages apart: a list with no total, money
	// by its ways, a total of money announced apart.
	f.Add("Ann Lee has announced £350m for winter followed by £1.6bn for the front line, and £2m, £1m and £3m to X.")
	f.Add("A £750m fund. Of the total, £360m will come directly from government, with £370m going through the lottery.")
	f.Add("Ann Lee announced £40m. The £5m fund has also been confirmed. This follows £3m for Y. This means a further £10m has been confirmed.")
	f.Add("\xff\x00")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := DraftRecord(text)
		if err != nil {
			if utf8.ValidString(text) && !strings.ContainsFunc(text, func(r rune) bool {
				return r < 0x20 && !strings.ContainsRune("\t\n\v\f\r", r) || r == 0x7f
			}) {
				t.Fatalf("DraftRecord(%q) refused text: %v", text, err)
			}
			if _, ok := err.(*ParseError); !ok {
				t.Fatalf("DraftRecord(%q) error %T, want a *ParseError", text, err)
			}
			return
		}
		checkDraft(t, text, d)
		if _, err := Assess(d.Record, Options{}); err != nil {
			t.Errorf("Assess(DraftRecord(%q).Record): %v", text, err)
		}
	})
}
