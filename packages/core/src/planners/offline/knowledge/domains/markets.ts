import type { DomainKnowledge } from "../types.js";

/**
 * Stock market daily bars: trading days only, OHLC with high/low bounding open and
 * close, volume, returns. The open is the driver; close, high and low follow it.
 */
export const markets: DomainKnowledge = {
  domain: "markets",
  words: ["stocks", "stock market", "stock prices", "share price", "equities", "nasdaq", "nyse", "s&p 500", "ohlc", "trading", "brokerage", "stock trades", "broker", "ticker", "tickers", "stock portfolio", "investment portfolio", "crypto", "etf", "daily prices", "candlestick"],
  defaults: ["trading date", "ticker", "open", "high", "low", "close", "volume", "daily return"],
  concepts: [
    {
      id: "trading_date",
      names: ["trading date", "trading day", "trade date", "market date", "session date", "date of trade", "date"],
      domains: ["markets"],
      // NYSE trades Monday-Friday (about 252 sessions a year).
      shape: { kind: "date", from: "2022-01-03", to: "2024-12-31", calendar: "weekdays" },
      source: "NYSE trading calendar (weekdays, ~252 sessions a year)",
    },
    {
      id: "ticker",
      names: ["ticker", "ticker symbol", "stock symbol", "symbol", "stock ticker", "stock", "security"],
      domains: ["markets"],
      // Largest S&P 500 members by market cap (2024).
      shape: {
        kind: "category",
        values: ["AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "BRK.B", "TSLA", "JPM", "V", "UNH", "XOM", "JNJ", "WMT", "PG", "MA", "HD", "KO", "PEP", "COST"],
        weights: [0.1, 0.1, 0.09, 0.08, 0.07, 0.06, 0.05, 0.05, 0.05, 0.04, 0.04, 0.04, 0.03, 0.03, 0.03, 0.03, 0.03, 0.03, 0.03, 0.02],
      },
      source: "S&P Dow Jones Indices, S&P 500 constituents by index weight (2024)",
    },
    {
      id: "company_name_listed",
      names: ["company name", "company", "issuer", "listed company"],
      domains: ["markets"],
      shape: { kind: "faker", method: "company.name" },
    },
    {
      id: "stock_exchange",
      names: ["exchange", "stock exchange", "listing exchange", "market venue"],
      domains: ["markets"],
      shape: { kind: "category", values: ["NASDAQ", "NYSE", "NYSE American", "LSE", "TSX"], weights: [0.46, 0.38, 0.04, 0.07, 0.05] },
    },
    {
      id: "market_sector",
      names: ["sector", "gics sector", "industry sector", "stock sector", "sector name"],
      domains: ["markets", "finance"],
      // The 11 GICS sectors, weighted by S&P 500 share (2024).
      shape: {
        kind: "category",
        values: ["Information Technology", "Financials", "Health Care", "Consumer Discretionary", "Communication Services", "Industrials", "Consumer Staples", "Energy", "Utilities", "Real Estate", "Materials"],
        weights: [0.3, 0.13, 0.12, 0.1, 0.09, 0.08, 0.06, 0.04, 0.025, 0.025, 0.025],
      },
      source: "MSCI/S&P Global Industry Classification Standard (GICS); S&P 500 sector weights 2024",
    },
    {
      id: "open_price",
      names: ["open", "open price", "opening price", "price at open", "opening"],
      domains: ["markets"],
      shape: { kind: "number", distribution: "lognormal", mean: 185, sd: 160, min: 1, max: 4000, decimals: 2 },
      // Each ticker trades near its own level (2022-2024 ranges, split-adjusted: NVDA 10:1, WMT 3:1 in 2024).
      source: "Nasdaq/NYSE historical daily prices 2022-2024 (split-adjusted)",
      relations: [
        {
          kind: "conditional",
          on: "ticker",
          cases: [
            { value: "AAPL", mean: 170, sd: 30, min: 120, max: 260 },
            { value: "MSFT", mean: 320, sd: 60, min: 210, max: 470 },
            { value: "NVDA", mean: 55, sd: 40, min: 10, max: 150 },
            { value: "AMZN", mean: 140, sd: 30, min: 80, max: 235 },
            { value: "GOOGL", mean: 130, sd: 25, min: 83, max: 205 },
            { value: "META", mean: 300, sd: 130, min: 88, max: 640 },
            { value: "BRK.B", mean: 350, sd: 55, min: 255, max: 490 },
            { value: "TSLA", mean: 230, sd: 60, min: 100, max: 490 },
            { value: "JPM", mean: 150, sd: 30, min: 100, max: 255 },
            { value: "V", mean: 240, sd: 30, min: 170, max: 320 },
            { value: "UNH", mean: 510, sd: 40, min: 430, max: 630 },
            { value: "XOM", mean: 100, sd: 15, min: 55, max: 125 },
            { value: "JNJ", mean: 160, sd: 10, min: 140, max: 190 },
            { value: "WMT", mean: 58, sd: 12, min: 40, max: 100 },
            { value: "PG", mean: 150, sd: 12, min: 120, max: 180 },
            { value: "MA", mean: 400, sd: 55, min: 270, max: 540 },
            { value: "HD", mean: 330, sd: 35, min: 250, max: 430 },
            { value: "KO", mean: 60, sd: 4, min: 50, max: 74 },
            { value: "PEP", mean: 170, sd: 10, min: 145, max: 200 },
            { value: "COST", mean: 620, sd: 160, min: 400, max: 1000 },
          ],
        },
      ],
    },
    {
      id: "close_price",
      names: ["close", "close price", "closing price", "price at close", "last price", "closing", "share price", "stock price", "price"],
      domains: ["markets"],
      shape: { kind: "number", distribution: "lognormal", mean: 185, sd: 160, min: 1, max: 4000, decimals: 2 },
      // Daily large-cap moves: sd about 1.5-2% of price. With a return column the close follows it
      // (the return stays a plain number, so it can drive an "up day" target).
      relations: [
        { kind: "formula", expression: "round({open_price} * (1 + {daily_return} / 100), 2)", decimals: 2, min: 0.01 },
        { kind: "formula", expression: "round({open_price} * (1 + normal(0.0004, 0.017)), 2)", decimals: 2, min: 0.01 },
      ],
    },
    {
      id: "adjusted_close",
      names: ["adjusted close", "adj close", "adj. close", "adjusted closing price"],
      domains: ["markets"],
      shape: { kind: "number", distribution: "lognormal", mean: 180, sd: 155, min: 1, max: 4000, decimals: 2 },
      relations: [{ kind: "formula", expression: "round({close_price} * normal(0.985, 0.01), 2)", decimals: 2, min: 0.01 }],
    },
    {
      id: "high_price",
      names: ["high", "high price", "day high", "daily high", "intraday high", "session high"],
      domains: ["markets"],
      shape: { kind: "number", distribution: "lognormal", mean: 188, sd: 162, min: 1, max: 4100, decimals: 2 },
      // The day's range is about 1-3% of the price for large caps.
      // Relative, so a $5 and a $3,000 stock get the same few-percent range.
      relations: [
        { kind: "bounds", atLeast: ["open_price", "close_price"] },
        { kind: "formula", expression: "round(max({open_price}, {close_price}) * (1 + abs(normal(0, 0.008))), 2)", decimals: 2 },
        { kind: "formula", expression: "round({open_price} * (1 + abs(normal(0, 0.012))), 2)", decimals: 2 },
        // Without an open the day's high still sits above its close.
        { kind: "formula", expression: "round({close_price} * (1 + abs(normal(0, 0.012))), 2)", decimals: 2 },
      ],
    },
    {
      id: "low_price",
      names: ["low", "low price", "day low", "daily low", "intraday low", "session low"],
      domains: ["markets"],
      shape: { kind: "number", distribution: "lognormal", mean: 182, sd: 158, min: 0.5, max: 3900, decimals: 2 },
      relations: [
        { kind: "bounds", atMost: ["open_price", "close_price"] },
        { kind: "formula", expression: "round(min({open_price}, {close_price}) * (1 - abs(normal(0, 0.008))), 2)", decimals: 2 },
        { kind: "formula", expression: "round({open_price} * (1 - abs(normal(0, 0.012))), 2)", decimals: 2 },
        { kind: "formula", expression: "round({close_price} * (1 - abs(normal(0, 0.012))), 2)", decimals: 2 },
      ],
    },
    {
      id: "trading_volume",
      names: ["volume", "trading volume", "shares traded", "daily volume", "vol", "share volume"],
      domains: ["markets"],
      // Large caps trade millions of shares a day; heavy right skew.
      shape: { kind: "integer", distribution: "lognormal", mean: 18000000, sd: 22000000, min: 50000, max: 900000000 },
      source: "NYSE/Nasdaq consolidated volume (large caps ~5-100M shares a day)",
    },
    {
      id: "daily_return",
      names: ["daily return", "return", "returns", "pct change", "percent change", "% change", "change %", "daily change", "log return"],
      domains: ["markets"],
      // S&P 500 daily returns: mean ~0.04%, sd ~1.1%; single stocks ~1.5-2.5%, fat tails.
      shape: { kind: "number", distribution: "normal", mean: 0.05, sd: 1.8, min: -25, max: 25, decimals: 3 },
      units: [{ words: ["fraction", "decimal", "ratio"], shape: { kind: "number", distribution: "normal", mean: 0.0005, sd: 0.018, min: -0.25, max: 0.25, decimals: 5 } }],
      source: "S&P 500 daily total returns 1990-2024 (sd ~1.1%)",
    },
    {
      id: "price_up",
      names: ["price up", "up day", "closed higher", "direction", "went up", "next day up", "price increased"],
      domains: ["markets"],
      outcome: true,
      // Up days about 53% of sessions (S&P 500).
      shape: { kind: "boolean", probability: 0.53 },
      drivers: [
        { concept: "daily_return", weight: 2.5 },
        { concept: "market_sentiment", weight: 0.4 },
        { concept: "rsi_14", weight: -0.2 },
      ],
    },
    {
      id: "market_cap",
      names: ["market cap", "market capitalization", "market capitalisation", "mkt cap", "marketcap"],
      domains: ["markets"],
      // US listed companies: median ~$2bn, mega caps above $1tn.
      shape: { kind: "number", distribution: "lognormal", mean: 45000000000, sd: 150000000000, min: 50000000, max: 3500000000000, decimals: 0 },
      units: [
        { words: ["billions", "bn", "b", "billion"], shape: { kind: "number", distribution: "lognormal", mean: 45, sd: 150, min: 0.05, max: 3500, decimals: 2 } },
        { words: ["millions", "mm", "m", "million"], shape: { kind: "number", distribution: "lognormal", mean: 45000, sd: 150000, min: 50, max: 3500000, decimals: 0 } },
      ],
    },
    {
      id: "pe_ratio",
      names: ["pe ratio", "p/e", "p/e ratio", "price to earnings", "price earnings ratio", "pe"],
      domains: ["markets", "finance"],
      // S&P 500 forward P/E ~20 (2024), trailing members 5-80.
      shape: { kind: "number", distribution: "lognormal", mean: 24, sd: 14, min: 2, max: 250, decimals: 1 },
      source: "FactSet Earnings Insight 2024 (S&P 500 forward P/E ~20-21)",
    },
    {
      id: "eps",
      names: ["eps", "earnings per share", "diluted eps"],
      domains: ["markets", "finance"],
      shape: { kind: "number", distribution: "normal", mean: 5.5, sd: 5, min: -20, max: 60, decimals: 2 },
    },
    {
      id: "dividend_yield",
      names: ["dividend yield", "div yield", "yield", "dividend %"],
      domains: ["markets", "finance"],
      // S&P 500 dividend yield about 1.3-2%; many growth stocks pay none.
      shape: { kind: "number", distribution: "exponential", mean: 1.7, min: 0, max: 12, decimals: 2 },
      source: "S&P Dow Jones Indices (S&P 500 dividend yield ~1.3-1.6% in 2024)",
    },
    {
      id: "stock_beta",
      names: ["beta", "stock beta", "market beta"],
      domains: ["markets"],
      shape: { kind: "number", distribution: "normal", mean: 1.05, sd: 0.35, min: -0.5, max: 3.5, decimals: 2 },
    },
    {
      id: "volatility_30d",
      names: ["volatility", "30 day volatility", "historical volatility", "realized volatility", "implied volatility", "vol 30d"],
      domains: ["markets"],
      // Annualised: large caps ~20-35%; VIX long-run average ~19.5.
      shape: { kind: "number", distribution: "lognormal", mean: 28, sd: 12, min: 5, max: 150, decimals: 1 },
      source: "Cboe VIX history (long-run average ~19.5)",
    },
    {
      id: "moving_average_50",
      names: ["50 day moving average", "sma 50", "ma50", "50-day ma", "moving average", "sma"],
      domains: ["markets"],
      shape: { kind: "number", distribution: "lognormal", mean: 183, sd: 158, min: 1, max: 4000, decimals: 2 },
      relations: [{ kind: "formula", expression: "round({close_price} * normal(0.99, 0.04), 2)", decimals: 2, min: 0.01 }],
    },
    {
      id: "rsi_14",
      names: ["rsi", "rsi 14", "relative strength index", "rsi14"],
      domains: ["markets"],
      // Wilder's RSI is bounded 0-100; 30/70 the usual oversold/overbought lines.
      shape: { kind: "number", distribution: "normal", mean: 52, sd: 12, min: 5, max: 95, decimals: 1 },
      source: "Wilder (1978), New Concepts in Technical Trading Systems",
    },
    {
      id: "market_sentiment",
      names: ["sentiment", "market sentiment", "news sentiment", "sentiment score"],
      domains: ["markets"],
      shape: { kind: "number", distribution: "normal", mean: 0.05, sd: 0.35, min: -1, max: 1, decimals: 3 },
    },
    {
      id: "trade_side",
      names: ["side", "trade side", "buy or sell", "order side", "buy/sell", "action"],
      domains: ["markets"],
      shape: { kind: "category", values: ["BUY", "SELL"], weights: [0.52, 0.48] },
    },
    {
      id: "order_type_trade",
      names: ["order type", "trade order type", "execution type"],
      domains: ["markets"],
      shape: { kind: "category", values: ["Market", "Limit", "Stop", "Stop Limit"], weights: [0.45, 0.42, 0.08, 0.05] },
    },
    {
      id: "shares_quantity",
      names: ["shares", "number of shares", "share quantity", "shares bought", "position size", "units held", "quantity of shares", "shares traded", "trade quantity", "quantity"],
      domains: ["markets"],
      shape: { kind: "integer", distribution: "lognormal", mean: 150, sd: 400, min: 1, max: 100000 },
    },
    {
      id: "crypto_symbol",
      names: ["crypto", "cryptocurrency", "coin", "token", "crypto symbol"],
      domains: ["markets", "finance"],
      // Largest coins by market capitalisation (CoinMarketCap 2024).
      shape: { kind: "category", values: ["BTC", "ETH", "USDT", "BNB", "SOL", "XRP", "USDC", "ADA", "DOGE", "AVAX"], weights: [0.3, 0.2, 0.1, 0.07, 0.08, 0.06, 0.05, 0.05, 0.05, 0.04] },
      source: "CoinMarketCap rankings by market capitalisation (2024)",
    },
    {
      id: "price_per_share",
      names: ["price per share", "share price", "execution price", "fill price", "trade price", "price"],
      domains: ["markets"],
      // US-listed stocks: median price in the tens of dollars, a tail above $1,000.
      source: "CRSP / NYSE-Nasdaq listed share prices (median about $30-50)",
      shape: { kind: "number", distribution: "lognormal", mean: 95, sd: 140, min: 1, max: 4000, decimals: 2 },
    },
    {
      id: "trade_value",
      names: ["trade value", "notional", "notional value", "trade amount", "order value", "gross amount", "total value"],
      domains: ["markets"],
      shape: { kind: "number", distribution: "lognormal", mean: 9000, sd: 25000, min: 1, max: 50000000, decimals: 2 },
      relations: [{ kind: "formula", expression: "round({shares_quantity} * {price_per_share}, 2)", type: "number", decimals: 2 }],
    },
    {
      id: "broker_commission",
      names: ["commission", "brokerage fee", "trading fee", "commission fee", "fees"],
      domains: ["markets"],
      // Most US retail brokers charge $0 per stock trade since 2019; some charge a few dollars.
      source: "Schwab, Fidelity, E*Trade commission-free stock trades since Oct 2019",
      shape: { kind: "formula", expression: "if(uniform(0, 1) < 0.7, 0, round(uniform(0.5, 9.99), 2))", type: "number", min: 0, max: 50 },
    },
    {
      id: "portfolio_value",
      names: ["portfolio value", "account value", "holdings value", "aum", "assets under management", "net asset value", "nav"],
      domains: ["markets", "finance"],
      shape: { kind: "number", distribution: "lognormal", mean: 95000, sd: 220000, min: 100, max: 20000000, decimals: 2 },
    },
  ],
};
