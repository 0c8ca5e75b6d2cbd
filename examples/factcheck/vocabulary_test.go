package main

import (
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/examples/internal/golden"
)

// TestVocabularyRecord runs a record with invented figures that uses the
// record's vocabulary for real announcements (a headline a year, a partial
// and nested itemisation with inexact parts and counts, a profile, a top-up
// of an earlier package) through the text report, and checks its key
// figures, worked out by hand.
func TestVocabularyRecord(t *testing.T) {
	const file = "testdata/vocabulary.json"
	got := string(golden.RunOK(t, run, []string{"-format", "text", file}, ""))
	golden.Compare(t, "testdata/vocabulary.txt.golden", []byte(got))
	for _, want := range []string{
		// £400m a year over 2024-25 to 2026-27 is £1.2bn.
		"Finding 1: “£1.2bn”\nVerdict: accurate",
		"£400,000,000 a year over 3 years is £1,200,000,000",
		// £900m and more than £50m are named; the headline's £1,198.5m to
		// £1,201.5m less more than £950m leaves at most £251.5m.
		"the named parts, at least £950,000,000",
		"the unnamed remainder is at most £251,500,000",
		// £350m against £400m a year: £50m, 12.5%, less.
		"“£350m a year” understates the £400m a year package by £50m (12.5%)",
		"“£700m” overstates the allocation “Second wave”: its figure is “up to £600m”",
		"tops up the package “hospitals-2023”, announced as “£1bn”",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if strings.Contains(got, "contradicts itself") || strings.Contains(got, "not supported") {
		t.Errorf("a consistent record with a partial itemisation is reported as contradicting itself or unsupported:\n%s", got)
	}
	for _, format := range []string{"md", "html", "claimreview"} {
		golden.RunOK(t, run, []string{"-format", format, file}, "")
	}
}
