// Test-only androidx.compose.ui.unit stubs (see androidx-stubs.kt).
package androidx.compose.ui.unit

class Dp(val value: Float) {
    operator fun unaryMinus(): Dp = Dp(-value)
}

class TextUnit(val value: Float) {
    operator fun unaryMinus(): TextUnit = TextUnit(-value)
}

val Int.dp: Dp get() = Dp(toFloat())
val Double.dp: Dp get() = Dp(toFloat())
val Float.dp: Dp get() = Dp(this)
val Int.sp: TextUnit get() = TextUnit(toFloat())
val Double.sp: TextUnit get() = TextUnit(toFloat())
val Float.sp: TextUnit get() = TextUnit(this)

val Int.em: TextUnit get() = TextUnit(toFloat())
val Double.em: TextUnit get() = TextUnit(toFloat())
val Float.em: TextUnit get() = TextUnit(this)
