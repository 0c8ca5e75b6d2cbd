package claims

import "testing"

// The corpus floors: the totals TestDraftCorpus measured, in per cent, to
// one decimal place and rounded down, so that a change that drafts worse
// fails the test. Raise them when the drafter improves; the README states
// the measured figures. They were last set over 39 articles, twelve of
// them held out to measure the drafter on text it was not tuned to: six
// written after its rules, and a second six (hounslow-2023, welshgov-2018,
// dft-2014, chiswickw4-2018, jerseyeveningpost-2023, thurrockgazette-2022)
// whose records were committed before it was first run on them; both
// sixes have since been read, as a development set, to generalise its
// rules, so they no longer measure it on unseen text. Figures
// with their roles 206 of 220 expected, 215 drafted; speakers 170 of 188,
// 176 drafted; quotes 176 of 188, 183 drafted.
const (
	floorFigureRecall     = 93.6
	floorFigurePrecision  = 95.8
	floorSpeakerRecall    = 90.4
	floorSpeakerPrecision = 96.5
	floorQuoteRecall      = 93.6
	floorQuotePrecision   = 96.1
)

// TestDraftCorpus drafts every article of the corpus, scores each draft
// against the record made by hand from the same text (scoreDraft), logs
// the score of each article and the corpus's totals, with what each draft
// missed, and fails if a total falls below its floor. Run it with -v to see
// the figures.
func TestDraftCorpus(t *testing.T) {
	var total draftScore
	arts := corpusArticles(t)
	if len(arts) == 0 {
		t.Fatal("the corpus is empty")
	}
	for _, a := range arts {
		d, err := DraftRecord(a.text)
		if err != nil {
			t.Errorf("%s: DraftRecord: %v", a.slug, err)
			continue
		}
		checkDraft(t, a.text, d)
		if _, err := Assess(d.Record, Options{}); err != nil {
			t.Errorf("%s: Assess(drafted record): %v", a.slug, err)
		}
		s := scoreDraft(a.want, d.Record)
		t.Logf("%s: %v", a.slug, s)
		for _, m := range s.misses {
			t.Logf("  %s", m)
		}
		total = total.plus(s)
	}
	t.Logf("total over %d articles: %v", len(arts), total)
	for _, f := range []struct {
		name  string
		got   float64
		floor float64
	}{
		{"figure recall", total.figures.recall(), floorFigureRecall},
		{"figure precision", total.figures.precision(), floorFigurePrecision},
		{"speaker recall", total.speakers.recall(), floorSpeakerRecall},
		{"speaker precision", total.speakers.precision(), floorSpeakerPrecision},
		{"quote recall", total.quotes.recall(), floorQuoteRecall},
		{"quote precision", total.quotes.precision(), floorQuotePrecision},
	} {
		if 100*f.got < f.floor {
			t.Errorf("%s over the corpus is %.1f%%, below its floor of %.1f%%", f.name, 100*f.got, f.floor)
		}
	}
}
