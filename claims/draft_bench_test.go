package claims

import (
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
)

// newsText returns about 1 MB of news text: both source stories, repeated.
func newsText(b *testing.B) string {
	b.Helper()
	one := readSource(b, mopacSource) + "\n" + readSource(b, londonSource) + "\n"
	return strings.Repeat(one, 1<<20/len(one)+1)
}

// BenchmarkDraftRecord drafts a record from about 1 MB of news text and
// reports MB/s. Drafting is linear in the text's length: compare the
// figure with BenchmarkDraftRecordBaselineFind, which only finds the
// text's money with currency.Find, in the same run.
func BenchmarkDraftRecord(b *testing.B) {
	text := newsText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DraftRecord(text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDraftRecordSmall drafts one source story, to show that the
// rate per byte does not depend on the text's length.
func BenchmarkDraftRecordSmall(b *testing.B) {
	text := readSource(b, londonSource)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DraftRecord(text); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDraftRecordBaselineFind is the baseline: currency.Find over the
// same text as BenchmarkDraftRecord, the one pass every draft makes.
func BenchmarkDraftRecordBaselineFind(b *testing.B) {
	text := newsText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if currency.Find(text) == nil {
			b.Fatal("no money found")
		}
	}
}
