//go:build zz

package timex

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestDbg(t *testing.T) {
	ref := time.Date(2018, 11, 8, 0, 0, 0, 0, time.FixedZone("r", 0))
	for _, s := range []string{os.Getenv("DBG")} {
		for _, x := range Extract(s, &ref) {
			fmt.Printf("%q [%d,%d) %v..%v %s rel=%v\n", x.Surface, x.Start, x.End, x.Date, x.EndDate, x.Precision, x.Relative)
		}
	}
}
