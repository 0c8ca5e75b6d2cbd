package grants

import (
	"context"
	"testing"
)

// benchGrants is how many grants a benchmark loads per iteration.
const benchGrants = 5000

// BenchmarkLoad loads generated grants into a new SQLite store: the
// batches, the lookup of ids already held and the inserts that skip them.
func BenchmarkLoad(b *testing.B) {
	gs := generate(benchGrants)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		s := benchStore(b)
		b.StartTimer()
		if _, err := s.load(context.Background(), "bench", gs, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchGrants), "ns/grant")
}

// BenchmarkLoadBaseline writes the same rows into the same schema with
// plain multi-row INSERTs in one transaction, with no lookup of ids held:
// the cost of the database itself, against which Load's is a ratio.
func BenchmarkLoadBaseline(b *testing.B) {
	gs := generate(benchGrants)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		s := benchStore(b)
		b.StartTimer()
		tx, err := s.db.Begin()
		if err != nil {
			b.Fatal(err)
		}
		for start := 0; start < len(gs); start += batchSize {
			batch := gs[start:min(start+batchSize, len(gs))]
			rows := make([][]any, len(batch))
			for i := range batch {
				if rows[i], err = s.row("bench", &batch[i]); err != nil {
					b.Fatal(err)
				}
			}
			if _, err := tx.Exec(s.insert(len(rows)), flatten(rows)...); err != nil {
				b.Fatal(err)
			}
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchGrants), "ns/grant")
}

// benchStore returns a new, empty SQLite store.
func benchStore(b *testing.B) *Store {
	s, err := Open(context.Background(), openSQLite(b), SQLite)
	if err != nil {
		b.Fatal(err)
	}
	return s
}
