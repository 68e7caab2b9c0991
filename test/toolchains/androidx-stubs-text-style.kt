// Test-only androidx.compose.ui.text stub (see androidx-stubs.kt): TextStyle's parameters that
// generated Tokens.kt names, with the types androidx.compose 1.x gives them.
package androidx.compose.ui.text

import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.TextUnit

class TextStyle(
    val fontSize: TextUnit? = null,
    val fontWeight: FontWeight? = null,
    val fontFamily: FontFamily? = null,
    val letterSpacing: TextUnit? = null,
    val lineHeight: TextUnit? = null
)
