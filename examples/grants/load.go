package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/fundclaims/fundclaims/examples/internal/grantsdb"
	"github.com/fundclaims/fundclaims/funding/grants"
)

// listed is how many duplicates of a file load lists before it only counts
// the rest.
const listed = 10

// load is the load command: it adds each file's grants to the store and
// says what it did with them.
func load(ctx context.Context, fs *flag.FlagSet, dsn *string, args []string, stdout, stderr io.Writer) (int, error) {
	if err := fs.Parse(args); err != nil {
		return parseStatus(err), nil
	}
	if fs.NArg() == 0 {
		return exitUsage, &usageError{"load: name at least one 360Giving file"}
	}
	s, db, err := grantsdb.Open(ctx, *dsn, true)
	if err != nil {
		return exitFail, fmt.Errorf("load: -db %s: %w", grantsdb.Redact(*dsn), err)
	}
	defer db.Close()
	failed := false
	for _, path := range fs.Args() {
		if err := loadFile(ctx, s, path, stdout, stderr); err != nil {
			fmt.Fprintln(stderr, "grants:", err)
			failed = true
		}
	}
	if failed {
		return exitFail, nil
	}
	return exitOK, nil
}

// loadFile loads one file, with a progress bar on stderr if it is a
// terminal.
func loadFile(ctx context.Context, s *grants.Store, path string, stdout, stderr io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if bar := newProgress(stderr, f, path); bar != nil {
		r = bar
		defer bar.done()
	}
	// The source is the file's absolute path, so that loading it again
	// from another directory is seen as the same file.
	source, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	l, err := s.Load(ctx, source, r)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d grants: %d loaded, %d skipped, %d rejected\n", path, l.Read, l.Added, l.Skipped, len(l.Rejected))
	if n := len(l.Duplicates); n > 0 {
		fmt.Fprintf(stdout, "  %d of the skipped were loaded before from other files, and are counted once:\n", n)
		for _, d := range l.Duplicates[:min(n, listed)] {
			fmt.Fprintf(stdout, "    %s, from %s\n", d.ID, d.First)
		}
		if n > listed {
			fmt.Fprintf(stdout, "    and %d more\n", n-listed)
		}
	}
	for _, e := range l.Rejected {
		fmt.Fprintf(stdout, "  rejected: %v\n", e)
	}
	return nil
}

// A progress is a reader that draws how much of a file it has read as a
// bar on a terminal.
type progress struct {
	r         io.Reader
	w         io.Writer
	name      string
	size, n   int64
	lastShown int64
	read      bool // the whole file has been read
}

// bigFile is the size from which a load shows its progress.
const bigFile = 1 << 20

// newProgress returns a progress for f if w is a terminal and f is a big
// file, or nil.
func newProgress(w io.Writer, f *os.File, name string) *progress {
	tty, ok := w.(*os.File)
	if !ok {
		return nil
	}
	if st, err := tty.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	st, err := f.Stat()
	if err != nil || st.Size() < bigFile {
		return nil
	}
	return &progress{r: f, w: w, name: name, size: st.Size(), lastShown: -1}
}

// Read reads from the file and redraws the bar at each whole per cent.
func (p *progress) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.n += int64(n)
	if pct := p.n * 100 / p.size; pct != p.lastShown {
		p.lastShown = pct
		const width = 40
		filled := int(pct * width / 100)
		fmt.Fprintf(p.w, "\rreading %s [%s%s] %3d%%", p.name, strings.Repeat("#", filled), strings.Repeat(" ", width-filled), pct)
	}
	if err == io.EOF && !p.read {
		p.read = true
		fmt.Fprint(p.w, ", writing to the database")
	}
	return n, err
}

// done clears the bar.
func (p *progress) done() {
	fmt.Fprint(p.w, "\r\033[K")
}
