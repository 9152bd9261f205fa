//go:build !unix

package state

import (
	"fmt"
	"os"
)

// lockDir only creates the lock file where advisory locks are unavailable:
// concurrent runs on one output directory are then not detected.
func lockDir(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return f, nil
}

func unlockDir(f *os.File) error { return f.Close() }
