package claims

import (
	"testing"

	"github.com/fundclaims/fundclaims/funding"
)

// The corpus floors: the totals TestDraftCorpus measured, in per cent, to
// one decimal place and rounded down, so that a change that drafts worse
// fails the test. Raise them when the drafter improves; the README states
// the measured figures. They were last set over 220 articles in
// twenty-six sets: 27 the rules were tuned on; a first six written after the rules
// (swale-2022, dluhc-2023, northumberland-2023, nurseryworld-2020,
// financeni-2016, bbc-2020), a second six (hounslow-2023, welshgov-2018,
// dft-2014, chiswickw4-2018, jerseyeveningpost-2023,
// thurrockgazette-2022), a third six (doeni-2015, mhclg-2020, edp24-2024,
// bridlingtonfreepress-2021, yorkmix-2024, stv-2013), a fourth six
// (guardian-2007, newhamrecorder-2020, readingchronicle-2018,
// thecourier-2023, scotgov-2020, gla-2025), a fifth six (somerset-2016,
// dofni-2022, leaderlive-2018, theargus-2004, portsmouth-2018,
// localgov-2016), a sixth six (irelandlive-2026, belfasttelegraph-2016,
// yorkshirepost-2019, caerphillyobserver-2014, scotgov-2020-councils,
// dsdni-2003), a seventh six (welshgov-2018-nhs-winter, winchester-2017,
// redditchadvertiser-2020, policeprofessional-2018, thamesvalleypcc-2014,
// thestar-2021), an eighth six (yorkpress-2012,
// thelondoneconomic-2016, lancashiretelegraph-2024,
// welshgov-2018-settlement, govuk-2018, thenational-2021), a ninth six
// (huffingtonpost-2011, cumberlandnews-2016, telfordwrekin-2018,
// worcesternews-2001, civilsociety-2025, derbyshire-2013), a tenth eight
// (expressandstar-2021, southend-2023, northernecho-2005, bdaily-2014,
// clydebankpost-2022, theargus-2014, 4ni-2025, stv-2024; first measure
// figures 22 of 53, now 44), an eleventh eight (govuk-2021,
// welshgov-2021, pressandjournal-2014, irishnews-2017,
// westerntelegraph-2024, lancashiretelegraph-2000, healthcareleader-2023,
// boltonnews-2018; first measure 24 of 52, now 49), a twelfth eight
// (bbc-2024, theneweuropean-2019, barkinganddagenhampost-2020,
// derrydaily-2021, yorkshireeveningpost-2016, wakefield-2020,
// financeni-2020, westerntelegraph-2020; first measure 29 of 57, 32 after
// the tenth and eleventh were read, now 51) and a thirteenth eight
// (theargus-2024, southend-2025, welshgov-2020, scotgov-2023,
// scotsman-2022, thecourier-2021, deeside-2019, 4ni-2008; first measure
// 41 of 57, the same after the twelfth was read, now 48) and a fourteenth
// eight (scotgov-2019, scotlandoffice-2024, asianstandard-2024,
// pontefractandcastlefordexpress-2024, constructionindex-2019,
// caerphillyobserver-2021, rct-2023, lancashiretelegraph-2018; first
// measure 25 of 65, now 54) and a fifteenth five (godalmingnubnews-2021,
// theoldhamtimes-2019, dluhc-2024, eveningexpress-2016, dfcni-2021; first
// measure 16 of 33, now 31 of 32) and a sixteenth twelve
// (westerntelegraph-2020-farming, thenational-2023, 4ni-2002,
// guardian-1999, pressandjournal-2018, mirror-2022, standard-2012,
// welshgov-2025, pressandjournal-2015, fwi-2016, scotgov-2017,
// standard-2009; first measure 31 of 74, now 58 of 72, fwi-2016's record
// having given up two claims to the convention that money in what a
// speaker names is the narrator's) and a seventeenth twelve
// (northamptonchron-2016, belfasttelegraph-2016, yorkshirepost-2013,
// independent-2000, guardian-2009, pressandjournal-2021, deni-2013,
// deni-2015, deni-2020, welshgov-2024, mhclg-2020-councils-500m,
// scotgov-2025; first measure 34 of 64, 35 after the sixteenth was read,
// now 55) and an eighteenth twelve
// (telegraphandargus-2008, echo-2017, morningstar-2025, publicnet-2009,
// irishnews-2024, mkcitizen-2020, warwickshirepcc-2020, rugby-2014,
// surreyheath-2024, homeoffice-2021, dcms-2021, mhclg-2025; first measure
// 47 of 77, 48 after the seventeenth was read, now 62), each held out at
// first, measured unseen, and since read, as a development set, to
// generalise the rules; and a nineteenth twelve (eadt-2023,
// publicfinance-2008, heart-2017, birminghampost-2016, whatsonstage-2001,
// gainsboroughstandard-2017, moj-2018, dfc-2021, scilly-council,
// hertspcc-2018, ncic-2021, healthni-2016; first measure 28 of 51, 37
// drafted, now 50), each held out at first, measured unseen, and since
// read, as a development set, to generalise the rules; a twentieth twelve
// (derrydaily-2017, shropshirestar-2019, mfr-2017, restaurantonline-2011,
// northernecho-2003, thestage-2025, dfi-odowd, scotgov-2025,
// glospcc-2021, welshgov-2011, dft-2012, nhsengland-2019; first measure
// 21 of 48, 47 drafted, now 46) and a twenty-first twelve
// (thenational-2020, derryjournal-2018, obantimes-2017, bbc-2019,
// cambstimes-2015, richmondandtwickenhamtimes-2022, wypcc-2021,
// healthni-2020, scotgov-2011, welshgov-2024, cotswold-ukspf,
// surreycc-2012; first measure 35 of 62, 60 drafted, 39 after the
// twentieth was read, now 63 of 66), read the same way; and four sets
// still held out, from which no rule has been written: a twenty-second
// six (thecourier-2019, belfasttelegraph-2020, mkcitizen-2015, wmpcc-2025,
// highland-2006, dofni-2022-january; first measure 21 of 50, 32 drafted,
// the same now), a twenty-third six (southwalesargus-2020,
// pressandjournal-2017, examinerlive-2005, gloucestershirepcc-2017,
// cambspcc-2013, dfi-2025; first measure 7 of 33, 22 drafted, now 9) and
// a twenty-fourth four (eveningtelegraph-2018, hellorayo-2025,
// ilkleygazette-2012, warrington-2023; first measure 5 of 13, 15
// drafted, the same now) and a twenty-fifth six (breconradnor-2025,
// pressandjournal-2023-calmac, romfordrecorder-2024, gla-2019,
// welshgov-2025-culture, scotgov-2024-northern-isles; first measure 18
// of 29, 24 drafted). Each set's records were committed before the
// drafter was first run on them.
// Figures with their roles 1173 of 1304 expected, 1258 drafted; speakers
// 1178 of 1235, 1189 drafted; quotes 1192 of 1235, 1207 drafted.
const (
	floorFigureRecall     = 89.9
	floorFigurePrecision  = 93.2
	floorSpeakerRecall    = 95.3
	floorSpeakerPrecision = 99.0
	floorQuoteRecall      = 96.5
	floorQuotePrecision   = 98.7
)

// given returns what a person who saved an article knows of it, as the
// record made by hand cites it: its URL and publisher, from the source of
// the record's first package, which every record has. The corpus is drafted
// with them (DraftRecordFrom), as the factcheck example drafts an article
// given -url and -publisher; the title and date are the article's to give.
func given(want Record) funding.Source {
	for _, p := range want.Packages {
		for _, s := range p.Sources {
			return funding.Source{URL: s.URL, Publisher: s.Publisher}
		}
	}
	return funding.Source{}
}

// TestDraftCorpus drafts every article of the corpus, scores each draft
// against the record made by hand from the same text (scoreDraft), logs
// the score of each article and the corpus's totals, with what each draft
// missed, and fails if a total falls below its floor. Run it with -v to see
// the figures.
func TestDraftCorpus(t *testing.T) {
	var total draftScore
	var sure calibration
	arts := corpusArticles(t)
	if len(arts) == 0 {
		t.Fatal("the corpus is empty")
	}
	for _, a := range arts {
		d, err := DraftRecordFrom(a.text, given(a.want))
		if err != nil {
			t.Errorf("%s: DraftRecordFrom: %v", a.slug, err)
			continue
		}
		checkDraft(t, a.text, d)
		if _, err := Assess(d.Record, Options{}); err != nil {
			t.Errorf("%s: Assess(drafted record): %v", a.slug, err)
		}
		s := scoreDraft(a.want, d.Record)
		c := s.calibrate(d.Fields)
		t.Logf("%s: %v; right by confidence: %v", a.slug, s, c)
		for _, m := range s.misses {
			t.Logf("  %s", m)
		}
		total, sure = total.plus(s), sure.plus(c)
	}
	t.Logf("total over %d articles: %v", len(arts), total)
	t.Logf("money figures right of drafted, by place and confidence: %v", sure)
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
