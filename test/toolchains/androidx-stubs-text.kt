// Test-only androidx.compose.ui.text.font stub (see androidx-stubs.kt).
package androidx.compose.ui.text.font

class FontWeight(val weight: Int)
