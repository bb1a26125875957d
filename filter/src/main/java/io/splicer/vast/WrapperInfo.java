package io.splicer.vast;

/** The {@code Wrapper} part of an ad: where the rest of the ad is (VAST 4.3 §3.19). */
public record WrapperInfo(
    String adTagUri,
    boolean followAdditionalWrappers,
    boolean allowMultipleAds,
    boolean fallbackOnNoAd) {}
