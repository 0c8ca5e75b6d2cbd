package funding

import (
	"errors"
	"testing"
	"time"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/google/go-cmp/cmp"
)

// d is a short MustDate for tables.
func d(y int, m time.Month, day int) Date { return MustDate(y, m, day) }

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in   string
		want Period
		err  error
	}{
		{"2017-04-01/2018-03-31", Period{d(2017, 4, 1), d(2018, 3, 31)}, nil},
		{"../2018-03-31", Period{End: d(2018, 3, 31)}, nil},
		{"2017-04-01/..", Period{Start: d(2017, 4, 1)}, nil},
		{"2017-04-01/2017-04-01", Period{d(2017, 4, 1), d(2017, 4, 1)}, nil},
		{"2017-18", Period{d(2017, 4, 1), d(2018, 3, 31)}, nil},
		{"2017/18", Period{d(2017, 4, 1), d(2018, 3, 31)}, nil},
		{"FY2017/2018", Period{d(2017, 4, 1), d(2018, 3, 31)}, nil},
		{"2018-03-31/2017-04-01", Period{}, ErrPeriodOrder},
		{"2017-04-01/2018-02-30", Period{}, ErrRange},
		{"2017-04-01", Period{}, ErrSyntax},
		{"soon", Period{}, ErrSyntax},
		{"", Period{}, ErrSyntax},
	}
	for _, tt := range tests {
		got, err := ParsePeriod(tt.in)
		if got != tt.want || !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("ParsePeriod(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.err)
		}
		if err == nil && got.String() != "" {
			if back, err := ParsePeriod(got.String()); err != nil || back != got {
				t.Errorf("ParsePeriod(%q) = %v, %v, want %v", got.String(), back, err, got)
			}
		}
	}
}

func TestPeriodDaysAndYears(t *testing.T) {
	tests := []struct {
		p     Period
		days  int
		years []FiscalYear
		err   error
	}{
		{FiscalYear(2017).Period(), 365, []FiscalYear{2017}, nil},
		{Period{d(2017, 1, 1), d(2018, 6, 30)}, 546, []FiscalYear{2016, 2017, 2018}, nil},
		{Period{d(2018, 3, 31), d(2018, 4, 1)}, 2, []FiscalYear{2017, 2018}, nil},
		{Period{d(2020, 2, 29), d(2020, 2, 29)}, 1, []FiscalYear{2019}, nil},
		{Period{End: d(2018, 3, 31)}, 0, nil, ErrOpenPeriod},
		{Period{}, 0, nil, ErrOpenPeriod},
		{Period{d(2018, 3, 31), d(2017, 4, 1)}, 0, nil, ErrPeriodOrder},
	}
	for _, tt := range tests {
		days, err := tt.p.Days()
		if days != tt.days || !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("%v.Days() = %d, %v, want %d, %v", tt.p, days, err, tt.days, tt.err)
		}
		years, err := tt.p.FiscalYears()
		if diff := cmp.Diff(tt.years, years); diff != "" || !errors.Is(err, tt.err) {
			t.Errorf("%v.FiscalYears() error %v (-want +got)\n%s", tt.p, err, diff)
		}
	}
}

func TestPeriodSpread(t *testing.T) {
	type share struct {
		Year   string
		Days   int
		Amount string
	}
	tests := []struct {
		p    Period
		a    currency.Amount
		want []share
	}{
		{Period{d(2017, 1, 1), d(2017, 12, 31)}, currency.Pounds(365),
			[]share{{"2016-17", 90, "£90.00"}, {"2017-18", 275, "£275.00"}}},
		{Period{d(2017, 1, 1), d(2017, 12, 31)}, currency.Pounds(100),
			[]share{{"2016-17", 90, "£24.66"}, {"2017-18", 275, "£75.34"}}},
		// A leap day: 2019-20 has 366 days, of which the period has 60.
		{Period{d(2020, 1, 1), d(2020, 12, 31)}, currency.Pounds(1_000_000),
			[]share{{"2019-20", 91, "£248,633.88"}, {"2020-21", 275, "£751,366.12"}}},
		{FiscalYear(2017).Period(), currency.Pounds(2_165_000),
			[]share{{"2017-18", 365, "£2,165,000.00"}}},
		// Three equal years and a penny: ties go to the earlier year.
		{Period{d(2016, 4, 1), d(2019, 3, 31)}, currency.Pence(1),
			[]share{{"2016-17", 365, "£0.01"}, {"2017-18", 365, "£0.00"}, {"2018-19", 365, "£0.00"}}},
		{Period{d(2016, 4, 1), d(2019, 3, 31)}, currency.Pence(2),
			[]share{{"2016-17", 365, "£0.01"}, {"2017-18", 365, "£0.01"}, {"2018-19", 365, "£0.00"}}},
	}
	for _, tt := range tests {
		shares, err := tt.p.Spread(tt.a)
		if err != nil {
			t.Errorf("%v.Spread(%v) error: %v", tt.p, tt.a, err)
			continue
		}
		got := make([]share, len(shares))
		parts := make([]currency.Amount, len(shares))
		for i, s := range shares {
			got[i] = share{s.Year.String(), s.Days, s.Amount.String()}
			parts[i] = s.Amount
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%v.Spread(%v) (-want +got)\n%s", tt.p, tt.a, diff)
		}
		if sum, err := currency.Sum(parts...); err != nil || !sum.Equal(tt.a) {
			t.Errorf("%v.Spread(%v) adds up to %v, %v", tt.p, tt.a, sum, err)
		}
	}
	if _, err := (Period{End: d(2018, 3, 31)}).Spread(currency.Pounds(1)); !errors.Is(err, ErrOpenPeriod) {
		t.Errorf("Spread over an open period: error %v, want ErrOpenPeriod", err)
	}
}

func TestPeriodOverlapsAndContains(t *testing.T) {
	fy17, fy18 := FiscalYear(2017).Period(), FiscalYear(2018).Period()
	tests := []struct {
		p, q Period
		want bool
	}{
		{fy17, fy17, true},
		{fy17, fy18, false},
		{fy17, Period{d(2018, 3, 31), d(2018, 4, 1)}, true},
		{fy17, Period{End: d(2017, 4, 1)}, true},
		{fy17, Period{End: d(2017, 3, 31)}, false},
		{fy17, Period{Start: d(2018, 4, 1)}, false},
		{Period{End: d(2017, 1, 1)}, Period{End: d(2010, 1, 1)}, true},
		{fy17, Period{}, false},
		{fy17, Period{d(2018, 3, 31), d(2017, 4, 1)}, false},
	}
	for _, tt := range tests {
		if got := tt.p.Overlaps(tt.q); got != tt.want {
			t.Errorf("%v.Overlaps(%v) = %t, want %t", tt.p, tt.q, got, tt.want)
		}
		if got := tt.q.Overlaps(tt.p); got != tt.want {
			t.Errorf("%v.Overlaps(%v) = %t, want %t", tt.q, tt.p, got, tt.want)
		}
	}
	if !fy17.Contains(d(2018, 3, 31)) || fy17.Contains(d(2018, 4, 1)) || fy17.Contains(Date{}) || !(Period{Start: d(2017, 4, 1)}).Contains(d(3000, 1, 1)) {
		t.Error("Contains is wrong at the boundaries")
	}
}

func TestNewPeriod(t *testing.T) {
	if _, err := NewPeriod(d(2018, 3, 31), d(2017, 4, 1)); !errors.Is(err, ErrPeriodOrder) {
		t.Errorf("NewPeriod(reversed) error = %v, want ErrPeriodOrder", err)
	}
	p, err := NewPeriod(Date{}, d(2018, 3, 31))
	if err != nil || p.String() != "../2018-03-31" || p.IsClosed() || p.IsZero() {
		t.Errorf("NewPeriod(unknown, 2018-03-31) = %v, %v", p, err)
	}
}

func TestPeriodLong(t *testing.T) {
	d := MustDate
	tests := []struct {
		p    Period
		want string
	}{
		{Period{}, ""},
		{Period{Start: d(2017, time.April, 1)}, "from 1 April 2017"},
		{Period{End: d(2018, time.March, 31)}, "until 31 March 2018"},
		// Part of one financial year, and days across two.
		{Period{Start: d(2017, time.June, 1), End: d(2017, time.June, 30)}, "1 June 2017 to 30 June 2017 (financial year 2017-18)"},
		{Period{Start: d(2018, time.March, 1), End: d(2018, time.April, 30)}, "1 March 2018 to 30 April 2018 (financial year 2017-18, 2018-19)"},
	}
	for _, tt := range tests {
		if got := tt.p.Long(); got != tt.want {
			t.Errorf("%v.Long() = %q, want %q", tt.p, got, tt.want)
		}
	}
}
