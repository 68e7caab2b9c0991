/**
 * DTCG 2025.10's colour spaces → gamma-encoded sRGB, the only space a Figma variable holds.
 * Matrices and transfer functions are CSS Color 4's (its sample conversion code); results may
 * fall outside 0–1, and the caller decides what to do with a colour sRGB cannot show.
 */
const gammaEncode = (c: number) => {
  const sign = c < 0 ? -1 : 1;
  const abs = Math.abs(c);
  return sign * (abs <= 0.0031308 ? 12.92 * abs : 1.055 * abs ** (1 / 2.4) - 0.055);
};
const gammaDecode = (c: number) => {
  const sign = c < 0 ? -1 : 1;
  const abs = Math.abs(c);
  return sign * (abs <= 0.04045 ? abs / 12.92 : ((abs + 0.055) / 1.055) ** 2.4);
};
export type Vec3 = [number, number, number];
type Mat3 = [Vec3, Vec3, Vec3];
const multiply = (m: Mat3, v: Vec3): Vec3 => [
  m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
  m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
  m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
];
const XYZ_D65_TO_LINEAR_SRGB: Mat3 = [
  [3.2409699419045226, -1.537383177570094, -0.4986107602930034],
  [-0.9692436362808796, 1.8759675015077202, 0.04155505740717559],
  [0.05563007969699366, -0.20397695888897652, 1.0569715142428786],
];
const LINEAR_P3_TO_XYZ_D65: Mat3 = [
  [0.4865709486482162, 0.26566769316909306, 0.1982172852343625],
  [0.2289745640697488, 0.6917385218365064, 0.079286914093745],
  [0, 0.04511338185890264, 1.043944368900976],
];
const XYZ_D50_TO_D65: Mat3 = [
  [0.9554734527042182, -0.023098536874261423, 0.0632593086610217],
  [-0.028369706963208136, 1.0099954580058226, 0.021041398966943008],
  [0.012314001688319899, -0.020507696433477912, 1.3303659366080753],
];
const D50_WHITE: Vec3 = [0.3457 / 0.3585, 1, (1 - 0.3457 - 0.3585) / 0.3585];

/** Each RGB space's own transfer function, applied with the sign kept (extended range). */
const signed = (c: number, decode: (abs: number) => number) =>
  (c < 0 ? -1 : 1) * decode(Math.abs(c));
const a98Decode = (c: number) => signed(c, (abs) => abs ** (563 / 256));
const prophotoDecode = (c: number) => signed(c, (abs) => (abs <= 16 / 512 ? abs / 16 : abs ** 1.8));
// BT.1886's reference display curve (CSS Color 4 since 2024), not BT.2020's camera OETF.
const rec2020Decode = (c: number) => signed(c, (abs) => abs ** 2.4);
const LINEAR_A98_TO_XYZ_D65: Mat3 = [
  [0.5766690429101305, 0.1855582379065463, 0.1882286462349947],
  [0.29734497525053605, 0.6273635662554661, 0.07529145849399788],
  [0.02703136138641234, 0.07068885253582723, 0.9913375368376388],
];
const LINEAR_PROPHOTO_TO_XYZ_D50: Mat3 = [
  // To 64-bit accuracy (w3c/csswg-drafts#7675); the older rounded one is off by 1e-4.
  [0.7977666449006423, 0.13518129740053308, 0.0313477341283922],
  [0.2880748288194013, 0.711835234241873, 0.00008993693872564],
  [0, 0, 0.8251046025104602],
];
const LINEAR_REC2020_TO_XYZ_D65: Mat3 = [
  [0.6369580483012914, 0.14461690358620832, 0.1688809751641721],
  [0.2627002120112671, 0.6779980715188708, 0.05930171646986196],
  [0, 0.028072693049087428, 1.060985057710791],
];

/** Linear-light XYZ (D65) → gamma-encoded sRGB. */
function xyzD65ToSrgb(xyz: Vec3): Vec3 {
  const linear = multiply(XYZ_D65_TO_LINEAR_SRGB, xyz);
  return [gammaEncode(linear[0]), gammaEncode(linear[1]), gammaEncode(linear[2])];
}

const decoded = (c: Vec3, decode: (c: number) => number): Vec3 => [
  decode(c[0]),
  decode(c[1]),
  decode(c[2]),
];

function hslToSrgb(h: number, s: number, l: number): Vec3 {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
  };
  return [f(0), f(8), f(4)];
}

function labToXyzD50(l: number, a: number, b: number): Vec3 {
  const kappa = 24389 / 27;
  const epsilon = 216 / 24389;
  const fy = (l + 16) / 116;
  const fx = fy + a / 500;
  const fz = fy - b / 200;
  const x = fx ** 3 > epsilon ? fx ** 3 : (116 * fx - 16) / kappa;
  const y = l > kappa * epsilon ? fy ** 3 : l / kappa;
  const z = fz ** 3 > epsilon ? fz ** 3 : (116 * fz - 16) / kappa;
  return [x * D50_WHITE[0], y * D50_WHITE[1], z * D50_WHITE[2]];
}

function oklabToLinearSrgb(l: number, a: number, b: number): Vec3 {
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
}

/** Converts components in `space` to gamma-encoded sRGB, or undefined for unsupported spaces. */
export function toSrgb(space: string, c: Vec3): Vec3 | undefined {
  const deg = (h: number) => (h * Math.PI) / 180;
  switch (space) {
    case 'srgb':
      return c;
    case 'srgb-linear':
      return [gammaEncode(c[0]), gammaEncode(c[1]), gammaEncode(c[2])];
    case 'display-p3':
      return xyzD65ToSrgb(multiply(LINEAR_P3_TO_XYZ_D65, decoded(c, gammaDecode)));
    case 'a98-rgb':
      return xyzD65ToSrgb(multiply(LINEAR_A98_TO_XYZ_D65, decoded(c, a98Decode)));
    case 'prophoto-rgb':
      return xyzD65ToSrgb(
        multiply(XYZ_D50_TO_D65, multiply(LINEAR_PROPHOTO_TO_XYZ_D50, decoded(c, prophotoDecode))),
      );
    case 'rec2020':
      return xyzD65ToSrgb(multiply(LINEAR_REC2020_TO_XYZ_D65, decoded(c, rec2020Decode)));
    case 'hsl':
      return hslToSrgb(((c[0] % 360) + 360) % 360, c[1] / 100, c[2] / 100);
    case 'hwb': {
      const w = c[1] / 100;
      const b = c[2] / 100;
      if (w + b >= 1) {
        const gray = w / (w + b);
        return [gray, gray, gray];
      }
      const rgb = hslToSrgb(((c[0] % 360) + 360) % 360, 1, 0.5);
      return [rgb[0] * (1 - w - b) + w, rgb[1] * (1 - w - b) + w, rgb[2] * (1 - w - b) + w];
    }
    case 'oklab':
    case 'oklch': {
      const [a, b] =
        space === 'oklab' ? [c[1], c[2]] : [c[1] * Math.cos(deg(c[2])), c[1] * Math.sin(deg(c[2]))];
      const linear = oklabToLinearSrgb(c[0], a, b);
      return [gammaEncode(linear[0]), gammaEncode(linear[1]), gammaEncode(linear[2])];
    }
    case 'lab':
    case 'lch':
    case 'xyz-d50':
    case 'xyz-d65': {
      let xyz: Vec3;
      if (space === 'xyz-d65') xyz = c;
      else if (space === 'xyz-d50') xyz = multiply(XYZ_D50_TO_D65, c);
      else {
        const [a, b] =
          space === 'lab' ? [c[1], c[2]] : [c[1] * Math.cos(deg(c[2])), c[1] * Math.sin(deg(c[2]))];
        xyz = multiply(XYZ_D50_TO_D65, labToXyzD50(c[0], a, b));
      }
      return xyzD65ToSrgb(xyz);
    }
    default:
      return undefined;
  }
}
