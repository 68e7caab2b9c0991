// Test-only declarations of exactly the androidx signatures that generated Tokens.kt uses, so
// kotlinc can type-check it without the Android SDK. Shapes follow androidx.compose 1.x:
// `Color(Long)` / `Color(Int)` factory functions, `FontWeight(Int)`, `Int/Double/Float.dp` and
// `.sp` extension properties, and unary minus on Dp and TextUnit. Not the real library: value
// ranges (FontWeight 1..1000) are runtime checks there and are not checked here.
package androidx.compose.ui.graphics

class Color internal constructor(val argb: String)

fun Color(color: Long): Color = Color(color.toString(16))

fun Color(color: Int): Color = Color((color.toLong() and 0xFFFFFFFFL).toString(16))
