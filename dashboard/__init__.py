"""Trade statistics dashboard: cited figures from news articles, charted by country pair."""
