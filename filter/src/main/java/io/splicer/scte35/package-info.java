/**
 * Binary SCTE 35 splice_info_section decoding and encoding: commands (§9.7), descriptors (§10),
 * segmentation UPIDs, CRC-32/MPEG-2, and MediaTailor's {@code [scte.*]} ADS variables. Depends only
 * on {@code io.splicer.core}.
 */
@NullMarked
package io.splicer.scte35;

import org.jspecify.annotations.NullMarked;
