package io.splicer.scte35;

/** A splice_descriptor() (SCTE 35 §10.2): tag, length, 32-bit identifier, payload. */
public sealed interface SpliceDescriptor
    permits AvailDescriptor,
        DtmfDescriptor,
        SegmentationDescriptor,
        TimeDescriptor,
        UnknownDescriptor {

  /** "CUEI", the identifier of every SCTE 35 defined descriptor. */
  long CUEI = 0x43554549L;

  /** splice_descriptor_tag (SCTE 35 Table 16). */
  int tag();

  /** 32-bit identifier, normally {@link #CUEI}. */
  long identifier();
}
