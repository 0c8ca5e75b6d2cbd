package currency

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// The oracle tests check Amount's arithmetic against math/big.Rat, which
// shares no code with it, over random values: small and near the int64
// limits (the compact fast paths and their overflow into decimal), wide
// coefficients of up to 60 digits (the decimal path), and scales from
// whole thousands to 20 decimal places.

// oracleRounds is how many random cases each oracle test tries.
const oracleRounds = 2000

var allModes = []Rounding{RoundingUnknown, HalfUp, HalfEven, HalfDown, Down, Up, Floor, Ceiling}

// randCoef returns a random coefficient, as a big.Int: often small, often
// within a few units of the int64 limits, and sometimes wider than an int64.
func randCoef(r *rand.Rand) *big.Int {
	switch r.IntN(6) {
	case 0:
		return big.NewInt(r.Int64N(2001) - 1000)
	case 1:
		return big.NewInt(math.MaxInt64 - r.Int64N(3))
	case 2:
		return big.NewInt(math.MinInt64 + r.Int64N(3))
	case 3:
		// Near the int64 limit divided by a power of ten: where a scale-up
		// just fits or just overflows.
		n := math.MaxInt64/pow10[r.IntN(len(pow10))] + r.Int64N(3) - 1
		if r.IntN(2) == 0 {
			n = -n
		}
		return big.NewInt(n)
	case 4:
		digits := make([]byte, 19+r.IntN(42))
		for i := range digits {
			digits[i] = byte('0' + r.IntN(10))
		}
		if r.IntN(2) == 0 {
			digits[0] = '-'
		}
		n, _ := new(big.Int).SetString(string(digits), 10)
		return n
	}
	return big.NewInt(int64(r.Uint64()))
}

// randAmount returns a random GBP amount, in the compact form when its
// coefficient fits in an int64 (as Pounds(math.MaxInt64) is) and wide when
// it does not, with an exponent from -20 to 3.
func randAmount(r *rand.Rand) Amount {
	c, e := randCoef(r), int32(r.IntN(24)-20)
	if c.IsInt64() {
		return Amount{coef: c.Int64(), exp: e, code: GBP}
	}
	return mustNew(decimal.NewFromBigInt(c, e), GBP)
}

// randDecimal returns a random shopspring decimal of the same kinds.
func randDecimal(r *rand.Rand) decimal.Decimal {
	return decimal.NewFromBigInt(randCoef(r), int32(r.IntN(16)-10))
}

// ratOf returns d as an exact rational.
func ratOf(d decimal.Decimal) *big.Rat {
	x := new(big.Rat).SetInt(d.Coefficient())
	p := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs32(d.Exponent()))), nil))
	if d.Exponent() < 0 {
		return x.Quo(x, p)
	}
	return x.Mul(x, p)
}

func abs32(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}

// ratRound rounds x to places decimal places by mode, exactly.
func ratRound(x *big.Rat, places int32, mode Rounding) *big.Rat {
	unit := ratOf(decimal.New(1, -places))
	y := new(big.Rat).Quo(x, unit) // how many units x is
	q, rem := new(big.Int).QuoRem(y.Num(), y.Denom(), new(big.Int))
	if rem.Sign() != 0 {
		sign := y.Sign()
		half := new(big.Int).Mul(new(big.Int).Abs(rem), big.NewInt(2)).Cmp(y.Denom())
		var away bool
		switch mode {
		case HalfUp:
			away = half >= 0
		case HalfDown:
			away = half > 0
		case Down:
		case Up:
			away = true
		case Floor:
			away = sign < 0
		case Ceiling:
			away = sign > 0
		default: // HalfEven, and RoundingUnknown, which rounds as it does
			away = half > 0 || half == 0 && q.Bit(0) == 1
		}
		if away {
			q.Add(q, big.NewInt(int64(sign)))
		}
	}
	return new(big.Rat).Mul(new(big.Rat).SetInt(q), unit)
}

func TestOracleAddSubMul(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range oracleRounds {
		a, b, d := randAmount(r), randAmount(r), randDecimal(r)
		ra, rb := ratOf(a.Decimal()), ratOf(b.Decimal())
		if got, err := a.Add(b); err != nil || ratOf(got.Decimal()).Cmp(new(big.Rat).Add(ra, rb)) != 0 {
			t.Fatalf("%v + %v = %v, %v", a.Decimal(), b.Decimal(), got.Decimal(), err)
		} else if e := got.Decimal().Exponent(); e != min(a.Decimal().Exponent(), b.Decimal().Exponent()) && !got.IsZero() {
			t.Fatalf("%v + %v has exponent %d, want the finer operand's", a.Decimal(), b.Decimal(), e)
		}
		if got, err := a.Sub(b); err != nil || ratOf(got.Decimal()).Cmp(new(big.Rat).Sub(ra, rb)) != 0 {
			t.Fatalf("%v - %v = %v, %v", a.Decimal(), b.Decimal(), got.Decimal(), err)
		}
		if got, err := Sum(a, b, a); err != nil || ratOf(got.Decimal()).Cmp(new(big.Rat).Add(new(big.Rat).Add(ra, rb), ra)) != 0 {
			t.Fatalf("Sum(%v, %v, %v) = %v, %v", a.Decimal(), b.Decimal(), a.Decimal(), got.Decimal(), err)
		}
		if got, err := a.Compare(b); err != nil || got != ra.Cmp(rb) {
			t.Fatalf("Compare(%v, %v) = %d, %v; want %d", a.Decimal(), b.Decimal(), got, err, ra.Cmp(rb))
		}
		got, err := a.Mul(d)
		if err != nil || ratOf(got.Decimal()).Cmp(new(big.Rat).Mul(ra, ratOf(d))) != 0 {
			t.Fatalf("%v × %v = %v, %v", a.Decimal(), d, got.Decimal(), err)
		}
		if e, want := got.Decimal().Exponent(), a.Decimal().Exponent()+d.Exponent(); e != want && !got.IsZero() {
			t.Fatalf("%v × %v has exponent %d, want %d (the places of both)", a.Decimal(), d, e, want)
		}
		n := randCoef(r)
		if !n.IsInt64() {
			continue
		}
		got, err = a.MulInt(n.Int64())
		if err != nil || ratOf(got.Decimal()).Cmp(new(big.Rat).Mul(ra, new(big.Rat).SetInt(n))) != 0 {
			t.Fatalf("%v × %d = %v, %v", a.Decimal(), n, got.Decimal(), err)
		}
	}
}

func TestOracleRoundDiv(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range oracleRounds {
		a, d := randAmount(r), randDecimal(r)
		places := int32(r.IntN(30) - 8)
		mode := allModes[r.IntN(len(allModes))]
		ra := ratOf(a.Decimal())
		got := a.Round(places, mode)
		if want := ratRound(ra, places, mode); ratOf(got.Decimal()).Cmp(want) != 0 || got.Decimal().Exponent() != -places {
			t.Fatalf("%v.Round(%d, %v) = %v, want %v with %d places", a.Decimal(), places, mode, got.Decimal(), want.FloatString(int(max(places, 0))), places)
		}
		if d.IsZero() {
			continue
		}
		q, err := a.Div(d, places, mode)
		want := ratRound(new(big.Rat).Quo(ra, ratOf(d)), places, mode)
		if err != nil || ratOf(q.Decimal()).Cmp(want) != 0 || q.Decimal().Exponent() != -places {
			t.Fatalf("%v.Div(%v, %d, %v) = %v, %v; want %v with %d places", a.Decimal(), d, places, mode, q.Decimal(), err, want.FloatString(int(max(places, 0))), places)
		}
	}
}

// TestOracleRoundTies rounds values that sit exactly halfway, where the
// modes differ most, in both forms.
func TestOracleRoundTies(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range oracleRounds {
		c := randCoef(r)
		c.Mul(c, big.NewInt(10))
		c.Add(c, big.NewInt(5*int64(c.Sign()|1)))
		a := mustNew(decimal.NewFromBigInt(c, int32(r.IntN(10)-12)), GBP)
		places := -a.Decimal().Exponent() - 1
		for _, mode := range allModes {
			got := a.Round(places, mode)
			if want := ratRound(ratOf(a.Decimal()), places, mode); ratOf(got.Decimal()).Cmp(want) != 0 {
				t.Fatalf("%v.Round(%d, %v) = %v, want %v", a.Decimal(), places, mode, got.Decimal(), want.FloatString(int(max(places, 0))))
			}
		}
	}
}

func TestOracleSplitAllocate(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range oracleRounds {
		a := randAmount(r)
		weights := make([]int64, 1+r.IntN(70)) // past the 64 parts held on the stack now and then
		for i := range weights {
			switch r.IntN(4) {
			case 0:
				weights[i] = 0
			case 1:
				weights[i] = r.Int64N(math.MaxInt64 / int64(len(weights)))
			default:
				weights[i] = 1 + r.Int64N(1000)
			}
		}
		weights[0]++ // never all zero
		parts, err := a.Allocate(weights...)
		if err != nil {
			t.Fatalf("Allocate(%v, %v) error: %v", a.Decimal(), weights, err)
		}
		checkShares(t, a, parts, weights)
		n := 1 + r.IntN(100)
		ones := make([]int64, n)
		for i := range ones {
			ones[i] = 1
		}
		parts, err = a.Split(n)
		if err != nil {
			t.Fatalf("Split(%v, %d) error: %v", a.Decimal(), n, err)
		}
		checkShares(t, a, parts, ones)
	}
}

// checkShares checks parts against the largest-remainder rule worked out in
// rationals: in units of the finer of the currency's minor unit and a's
// last digit, each part is its share of |a| rounded down or, for the parts
// with the largest remainders (earlier first among ties), one unit more, so
// that they add up to a exactly.
func checkShares(t *testing.T, a Amount, parts []Amount, weights []int64) {
	t.Helper()
	if len(parts) != len(weights) {
		t.Fatalf("%v shared by %v gives %d parts", a.Decimal(), weights, len(parts))
	}
	e := min(a.Decimal().Exponent(), -2)
	unit := ratOf(decimal.New(1, e))
	units := new(big.Rat).Quo(ratOf(a.Decimal().Abs()), unit).Num() // an integer
	var total big.Int
	for _, w := range weights {
		total.Add(&total, big.NewInt(w))
	}
	sum := new(big.Rat)
	floors := make([]*big.Int, len(weights))
	rems := make([]*big.Int, len(weights))
	given := new(big.Int)
	for i, w := range weights {
		floors[i], rems[i] = new(big.Int).QuoRem(new(big.Int).Mul(units, big.NewInt(w)), &total, new(big.Int))
		given.Add(given, floors[i])
	}
	left := new(big.Int).Sub(units, given).Int64()
	var bumped []int
	for i, p := range parts {
		if p.Decimal().Exponent() != e && !p.IsZero() {
			t.Fatalf("%v shared by %v: part %d = %v, want exponent %d", a.Decimal(), weights, i, p.Decimal(), e)
		}
		got := new(big.Rat).Quo(ratOf(p.Decimal().Abs()), unit).Num()
		switch d := new(big.Int).Sub(got, floors[i]); {
		case d.Sign() == 0:
		case d.Cmp(big.NewInt(1)) == 0:
			bumped = append(bumped, i)
		default:
			t.Fatalf("%v shared by %v: part %d = %v, want %v units or one more", a.Decimal(), weights, i, p.Decimal(), floors[i])
		}
		if p.Sign()*a.Sign() < 0 {
			t.Fatalf("%v shared by %v: part %d = %v has the wrong sign", a.Decimal(), weights, i, p.Decimal())
		}
		sum.Add(sum, ratOf(p.Decimal()))
	}
	if sum.Cmp(ratOf(a.Decimal())) != 0 {
		t.Fatalf("%v shared by %v: parts add up to %v", a.Decimal(), weights, sum.FloatString(int(-e)))
	}
	if int64(len(bumped)) != left {
		t.Fatalf("%v shared by %v: %d parts got a spare unit, want %d", a.Decimal(), weights, len(bumped), left)
	}
	// No part left without a spare unit had a larger remainder, or an equal
	// one and an earlier place, than a part that got one: compare the best
	// of those left out with the worst of those given one.
	isBumped := make([]bool, len(parts))
	for _, i := range bumped {
		isBumped[i] = true
	}
	worst, best := -1, -1
	for i := range parts {
		switch {
		case isBumped[i] && (worst < 0 || rems[i].Cmp(rems[worst]) <= 0):
			worst = i // the smallest remainder, the later among equals
		case !isBumped[i] && (best < 0 || rems[i].Cmp(rems[best]) > 0):
			best = i // the largest remainder, the earlier among equals
		}
	}
	if worst >= 0 && best >= 0 {
		if c := rems[best].Cmp(rems[worst]); c > 0 || c == 0 && best < worst {
			t.Fatalf("%v shared by %v: part %d got a spare unit before part %d (remainders %v, %v)", a.Decimal(), weights, worst, best, rems[worst], rems[best])
		}
	}
}

// TestOracleFarScales adds, compares and rounds amounts anywhere in the
// range MaxDigits allows, where the sum errs exactly when it leaves it.
func TestOracleFarScales(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	limit := ratOf(decimal.New(1, MaxDigits))
	for range oracleRounds / 4 {
		var ab [2]Amount
		for i := range ab {
			c := randCoef(r)
			e := int32(r.IntN(2*MaxDigits+1) - MaxDigits)
			a, err := New(decimal.NewFromBigInt(c, e), GBP)
			if err != nil { // beyond the limit: try the top of the range
				a = mustNew(decimal.New(r.Int64N(2), MaxDigits), GBP)
			}
			ab[i] = a
		}
		a, b := ab[0], ab[1]
		ra, rb := ratOf(a.Decimal()), ratOf(b.Decimal())
		sum := new(big.Rat).Add(ra, rb)
		got, err := a.Add(b)
		if out := new(big.Rat).Abs(sum).Cmp(limit) > 0; out != (err != nil) || err == nil && ratOf(got.Decimal()).Cmp(sum) != 0 {
			t.Fatalf("%v + %v = %v, %v; want %v", a.Decimal(), b.Decimal(), got.Decimal(), err, sum.FloatString(MaxDigits))
		}
		if c, err := a.Compare(b); err != nil || c != ra.Cmp(rb) {
			t.Fatalf("Compare(%v, %v) = %d, %v", a.Decimal(), b.Decimal(), c, err)
		}
		places := int32(r.IntN(2*MaxDigits+1) - MaxDigits)
		mode := allModes[r.IntN(len(allModes))]
		if got, want := a.Round(places, mode), ratRound(ra, places, mode); ratOf(got.Decimal()).Cmp(want) != 0 {
			t.Fatalf("%v.Round(%d, %v) = %v", a.Decimal(), places, mode, got.Decimal())
		}
	}
}
